#!/usr/bin/python3
"""lds-w18-a: 別紙2-1 drawn as a multi-sheet workbook after the briefing's sheet names
(基本情報 / 回線・機器情報 / 調査端末情報 / 設置場所 / パスワードリスト), filled completely and correctly."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w18-a-official-style-sheets"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FCE4D6")
EXAMPLE = PatternFill("solid", fgColor="EDEDED")
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
ws.column_dimensions["A"].width = 3
ws.column_dimensions["B"].width = 22
ws.column_dimensions["C"].width = 34
ws.column_dimensions["D"].width = 14
ws.column_dimensions["E"].width = 40
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(size=14, bold=True)
ws["B2"] = "基本情報記入シート　※色付きの欄は必須項目です。"

ws["B4"] = "■本施策の同意確認"
ws["B4"].font = Font(bold=True)
ws["B5"] = "本施策の同意確認"
ws.merge_cells("C5:D5")
ws["C5"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["E5"] = "同意する"
ws["E5"].fill = REQ
box(ws, "B5:E5")
ws.row_dimensions[5].height = 45
for c in ("B5", "C5", "E5"):
    ws[c].alignment = WRAP
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("E5")

ws["B7"] = "■お客様情報（医療機関情報）"
ws["B7"].font = Font(bold=True)
rows = [
    ("医療機関名", "社会医療法人緑風会 みどりヶ丘総合病院", "(かな)", "しゃかいいりょうほうじんりょくふうかい みどりがおかそうごうびょういん"),
    ("〒", "761-8071", None, None),
    ("住所", "香川県高松市伏石町2150番地1", "(かな)", "かがわけんたかまつしふせいしちょう2150ばんち1"),
    ("ビル名", None, "(かな)", None),
    ("病床数", 199, None, None),
]
r = 8
for lab, val, klab, kval in rows:
    ws.cell(r, 2, lab).fill = HEAD
    ws.cell(r, 3, val)
    if klab:
        ws.cell(r, 4, klab).fill = HEAD
        ws.cell(r, 5, kval)
    box(ws, f"B{r}:E{r}")
    r += 1
ws["C9"].number_format = "@"

ws["B14"] = "■担当者情報（4名まで）"
ws["B14"].font = Font(bold=True)
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
ws.column_dimensions["F"].width = 36
for i, h in enumerate(["担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    c = ws.cell(15, 2 + i, h)
    c.fill = HEAD
    c.alignment = CENTER
contacts = [
    ("事務部 情報システム課 課長", "三好 健太郎", "087-867-3311", "k-miyoshi@midorigaoka-hp.or.jp"),
    ("事務部 情報システム課 主任", "香西 美咲", "087-867-3311", "m-kozai@midorigaoka-hp.or.jp"),
    ("事務部 総務課 係長", "大西 亮", "087-867-3312", "r-onishi@midorigaoka-hp.or.jp"),
    None,
]
for i, ct in enumerate(contacts):
    rr = 16 + i
    ws.cell(rr, 2, f"担当者{i + 1}")
    if ct:
        for j, v in enumerate(ct):
            ws.cell(rr, 3 + j, v)
    box(ws, f"B{rr}:F{rr}")
box(ws, "B15:F15")

ws["B21"] = "■申込内容の確認"
ws["B21"].font = Font(bold=True)
ws["B22"] = "確認者名\n(医療機関のご担当者名)"
ws["B22"].alignment = WRAP
ws["B22"].fill = HEAD
ws["C22"] = "三好 健太郎"
ws["C22"].fill = REQ
ws.row_dimensions[22].height = 32
box(ws, "B22:C22")
ws["B24"] = "※記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください。"

# ---------------------------------------------------------------- 回線・機器情報記入シート
ws = wb.create_sheet("回線・機器情報記入シート")
ws["A1"] = "回線・機器情報記入シート"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = "電子カルテシステムに接続するすべての回線（ベンダ保守回線を含む）を1行に1回線ずつ記入してください。(*)は必須項目。"
ws["A3"] = "※記入例の行は消さずにそのまま残してください。"

top = {  # col -> (group header, sub header)
    1: ("", ""),
    2: ("調査希望", "技術バージョン確認 (*)"),
    3: ("調査希望", "脆弱性診断 (*)"),
    4: ("電子カルテシステムと接続するネットワークとの接続 (*)", None),
    5: ("用途・システム名 (*)", None),
    6: ("回線名", None),
    7: ("回線の種類", None),
    8: ("回線と紐付くグローバルIPアドレス", "通信形態 (*)"),
    9: ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)"),
    10: ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)"),
    11: ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)"),
    12: ("脆弱性診断当日記入欄", "グローバルIP確認"),
    13: ("脆弱性診断当日記入欄", "グローバルIPアドレス"),
    14: ("FQDN", None),
    15: ("プロバイダ情報", "プロバイダ名"),
    16: ("プロバイダ情報", "プロバイダ品目"),
    17: ("回線情報", "回線事業者"),
    18: ("回線情報", "回線サービス名"),
    19: ("回線情報", "回線ID"),
    20: ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)"),
    21: ("接続機器（ルータ/UTM/FW）", "メーカー"),
    22: ("接続機器（ルータ/UTM/FW）", "機種名"),
    23: ("接続機器（ルータ/UTM/FW）", "ファームウェアバージョン"),
}
widths = {1: 8, 2: 14, 3: 14, 4: 18, 5: 18, 6: 18, 7: 12, 8: 16, 9: 12, 10: 12, 11: 17,
          12: 12, 13: 17, 14: 26, 15: 16, 16: 20, 17: 12, 18: 24, 19: 16, 20: 28, 21: 12, 22: 16, 23: 16}
from openpyxl.utils import get_column_letter as L
for c, w in widths.items():
    ws.column_dimensions[L(c)].width = w
groups = {}
for c, (g, s) in top.items():
    groups.setdefault(g, []).append(c)
for g, cols in groups.items():
    c0, c1 = min(cols), max(cols)
    if top[c0][1] is None:
        ws.merge_cells(start_row=5, start_column=c0, end_row=6, end_column=c0)
        ws.cell(5, c0, g)
    else:
        if c1 > c0:
            ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c1)
        ws.cell(5, c0, g)
        for c in cols:
            ws.cell(6, c, top[c][1])
ws.merge_cells("A5:A6")
for rr in (5, 6):
    ws.row_dimensions[rr].height = 40
    for c in range(1, 24):
        cell = ws.cell(rr, c)
        cell.fill = HEAD
        cell.alignment = CENTER
        cell.border = BOX

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "電子カルテ保守回線", "光回線",
           "インターネットVPN", "あり", "固定IP", "121.119.249.222", "入力不要", "", "example.xxx",
           "NTT西日本", "フレッツ光ネクスト", "NTT西日本", "フレッツ光ネクスト", "CAF0000000000",
           "本館1F サーバー室 1番ラック 3U", "YAMAHA", "RTX1210", "Rev.14.01.xx"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "電子カルテ保守用VPN", "光回線",
     "インターネットVPN", "あり", "固定IP", "61.205.118.34", "入力不要", None, "emr-vpn.midorigaoka-hp.or.jp",
     "OCN", "OCN光 IPoE 固定IP1", "NTT西日本", "フレッツ 光クロス", "CAF5811203947",
     "本館1F サーバー室 2番ラック 5U", "YAMAHA", "RTX1220", "Rev.15.04.04"],
    ["回線2", "調査希望あり", "調査希望なし", "あり", "地域医療連携", "K-MIX R接続回線", "光回線",
     "閉域網", "なし", None, None, "入力不要", None, None,
     None, None, "NTT西日本", "フレッツ・VPN ワイド", "CAF5811204418",
     "本館1F サーバー室 2番ラック 7U", "NEC", "UNIVERGE IX2215", "Ver.10.8.21"],
    ["回線3", "調査希望あり", "調査希望あり", "あり", "PACS（画像診断）", "PACSリモート保守回線", "光回線",
     "インターネットVPN", "あり", "動的IP", "122.103.87.210", "確認済み", "122.103.87.210", None,
     "BIGLOBE", "ビッグローブ光", "NTT西日本", "フレッツ 光ネクスト", "CAF5811209960",
     "本館B1F 放射線科 機械室 壁面ラック", "Fortinet", "FortiGate 60F", "FortiOS v7.2.8"],
    ["回線4", "調査希望なし", "調査希望あり", "あり", "検査（外注検査結果受信）", "検査システム接続回線", "光回線",
     "インターネット", "あり", "固定IP", "118.22.145.67", "入力不要", None, None,
     "IIJ", "IIJ固定IPサービス", "NTT西日本", "フレッツ 光ネクスト", "CAF5811210035",
     "本館2F 臨床検査室 検査機器ラック", "NEC", "UNIVERGE IX2106", None],
]
r = 7
for c, v in enumerate(example, 1):
    cell = ws.cell(r, c, v if v != "" else None)
    cell.fill = EXAMPLE
    cell.border = BOX
    cell.alignment = WRAP
for i, ln in enumerate(lines):
    rr = 8 + i
    for c, v in enumerate(ln, 1):
        cell = ws.cell(rr, c, v)
        cell.border = BOX
        cell.alignment = WRAP
for rr in range(12, 14):  # unused template rows 回線5, 回線6
    ws.cell(rr, 1, f"回線{rr - 7}")
    for c in range(1, 24):
        ws.cell(rr, c).border = BOX

def dvl(formula, rng):
    d = DataValidation(type="list", formula1=formula, allow_blank=True)
    ws.add_data_validation(d)
    d.add(rng)
dvl('"調査希望あり,調査希望なし"', "B8:C13")
dvl('"あり,なし"', "D8:D13")
dvl('"インターネット,インターネットVPN,閉域網"', "H8:H13")
dvl('"あり,なし"', "I8:I13")
dvl('"固定IP,動的IP"', "J8:J13")
dvl('"確認済み,入力不要"', "L8:L13")

# second table: port details
ws["A16"] = "装置と接続する回線と機器の詳細（機器のポート情報）"
ws["A16"].font = Font(bold=True)
phdr = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for c, h in enumerate(phdr, 1):
    cell = ws.cell(17, c, h)
    cell.fill = HEAD
    cell.alignment = CENTER
    cell.border = BOX
ports = [
    ["回線1", "RTX1220", "LAN1", "電子カルテサーバ", "192.168.10.11", 443, "HTTPS", "接続あり"],
    ["回線1", "RTX1220", "LAN2", "電子カルテ保守端末", "192.168.10.250", 3389, "RDP", "接続あり"],
    ["回線3", "FortiGate 60F", "internal1", "PACSサーバ", "192.168.30.10", 104, "DICOM", "接続あり"],
    ["回線3", "FortiGate 60F", "internal2", "PACS保守用スイッチ", "192.168.30.2", 22, "SSH", "接続なし"],
]
for i, p in enumerate(ports):
    for c, v in enumerate(p, 1):
        cell = ws.cell(18 + i, c, v)
        cell.border = BOX
ws.freeze_panes = "B7"

# ---------------------------------------------------------------- 調査端末情報記入シート
ws = wb.create_sheet("調査端末情報記入シート")
ws["A1"] = "調査端末情報記入シート"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = "電子カルテ端末から1台、その他主要な部門システムから1台ずつ、計5台を選定してください。(*)は必須。"
heads1 = {1: "", 2: "システム種別 (*)", 3: "シングル利用 (*)", 4: "シンクル端末/FAT端末", 7: "仮想デスクトップ",
          9: "セキュリティ対策製品", 10: "備考"}
heads2 = {4: "端末ホスト名 (*)", 5: "IPアドレス (*)", 6: "設置場所 (*)", 7: "端末ホスト名", 8: "IPアドレス"}
for c, h in heads1.items():
    ws.cell(4, c, h)
for c, h in heads2.items():
    ws.cell(5, c, h)
for c in (1, 2, 3, 9, 10):
    ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
ws.merge_cells("D4:F4")
ws.merge_cells("G4:H4")
for rr in (4, 5):
    for c in range(1, 11):
        cell = ws.cell(rr, c)
        cell.fill = HEAD
        cell.alignment = CENTER
        cell.border = BOX
for c, w in zip("ABCDEFGHIJ", (7, 16, 14, 16, 18, 30, 14, 18, 24, 30)):
    ws.column_dimensions[c].width = w
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terms = [
    ["No.1", "電子カルテ", "単体", "MGH-EMR-0112", "192.168.10.112/24", "本館2F 東病棟ナースステーション", None, None,
     "Microsoft Defender", "端末操作可能時間：14:00-16:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "MGH-TC-0231", "192.168.10.231/24", "本館1F 外来 内科診察室3",
     "VDI-EMR-031", "172.16.20.31/24", "Trend Micro Apex One", "午前外来中（9:00-12:30）は操作不可"],
    ["No.3", "医事会計", "単体", "MGH-IJI-0105", "192.168.10.105/24", "本館1F 医事課", None, None,
     "Microsoft Defender", None],
    ["No.4", "PACS（画像診断）", "単体", "MGH-PACS-02", "192.168.30.52/24", "本館B1F 放射線科 読影室", None, None,
     "Trend Micro Apex One", "操作時は放射線科技師長の立会い必須"],
    ["No.5", "検査", "単体", "MGH-LAB-01", "192.168.40.21/24", "本館2F 臨床検査室", None, None,
     "ESET Endpoint Security", None],
]
for c, v in enumerate(ex, 1):
    cell = ws.cell(6, c, v)
    cell.fill = EXAMPLE
    cell.border = BOX
for i, t in enumerate(terms):
    for c, v in enumerate(t, 1):
        cell = ws.cell(7 + i, c, v)
        cell.border = BOX
        cell.alignment = WRAP
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
ws.add_data_validation(d)
d.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan image)
ws = wb.create_sheet("設置場所記入シート")
ws["A1"] = "設置場所記入シート（平面図に調査対象機器の設置場所をプロットしてください）"
ws["A1"].font = Font(size=12, bold=True)
import tempfile
png = os.path.join(tempfile.mkdtemp(), NAME + "-floorplan.png")
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16, index=0)
big = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 22, index=0)
im = Image.new("RGB", (900, 560), "white")
dr = ImageDraw.Draw(im)
dr.text((20, 10), "みどりヶ丘総合病院 本館 フロア図（B1F・1F・2F 抜粋）", fill="black", font=big)
rooms = [
    ((20, 60, 440, 300), "本館1F"),
    ((460, 60, 880, 300), "本館2F"),
    ((20, 320, 440, 540), "本館B1F"),
]
for (x0, y0, x1, y1), lab in rooms:
    dr.rectangle((x0, y0, x1, y1), outline="black", width=3)
    dr.text((x0 + 8, y0 + 4), lab, fill="black", font=big)
sub = [
    ((40, 110, 170, 200), "サーバー室"), ((180, 110, 300, 200), "医事課"), ((310, 110, 430, 200), "内科診察室3"),
    ((480, 110, 640, 200), "東病棟NS"), ((650, 110, 860, 200), "臨床検査室"),
    ((40, 370, 200, 470), "読影室"), ((210, 370, 420, 470), "放射線科 機械室"),
]
for (x0, y0, x1, y1), lab in sub:
    dr.rectangle((x0, y0, x1, y1), outline="gray", width=2)
    dr.text((x0 + 6, y0 + 6), lab, fill="black", font=font)
marks = [((100, 170), "①②"), ((230, 170), "T3"), ((360, 170), "T2"), ((540, 170), "T1"), ((700, 170), "④ T5"),
         ((100, 440), "T4"), ((300, 440), "③")]
for (x, y), t in marks:
    dr.ellipse((x - 6, y - 6, x + 6, y + 6), fill="red")
    dr.text((x + 10, y - 12), t, fill="red", font=font)
im.save(png)
img = XLImage(png)
img.anchor = "A3"
ws.add_image(img)
ws["P3"] = "吹き出し（設置場所）"
ws["P3"].font = Font(bold=True)
callouts = [
    "①回線1 ONU：本館1F サーバー室 2番ラック 5U（RTX1220）",
    "②回線2 ONU：本館1F サーバー室 2番ラック 7U（IX2215）",
    "③回線3 ONU：本館B1F 放射線科 機械室（FortiGate 60F）",
    "④回線4 ONU：本館2F 臨床検査室（IX2106）",
    "T1 No.1 MGH-EMR-0112：本館2F 東病棟ナースステーション",
    "T2 No.2 MGH-TC-0231：本館1F 外来 内科診察室3",
    "T3 No.3 MGH-IJI-0105：本館1F 医事課",
    "T4 No.4 MGH-PACS-02：本館B1F 放射線科 読影室",
    "T5 No.5 MGH-LAB-01：本館2F 臨床検査室",
]
for i, t in enumerate(callouts):
    ws.cell(4 + i, 16, t)
ws.column_dimensions["P"].width = 55

# ---------------------------------------------------------------- password list (提出不要, left blank)
ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
ws["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】当日までの情報整理用です。"
ws["A1"].font = Font(bold=True, color="C00000")
ws["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for c, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], 1):
    ws.cell(4, c, h).fill = HEAD
for i in range(5):
    ws.cell(5 + i, 1, f"回線{i + 1}")
ws["A11"] = "■調査端末(シンクル端末/FAT端末)"
for c, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], 1):
    ws.cell(12, c, h).fill = HEAD
for i in range(5):
    ws.cell(13 + i, 1, f"端末{i + 1}")
for c, w in zip("ABCDEF", (8, 16, 18, 22, 16, 26)):
    ws.column_dimensions[c].width = w

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)
