# Generator for lds-w33-a-official-multisheet-example-row.xlsx
# Role: hospital IT person filling the secretariat's 別紙2-1 as distributed (sheet per section,
# two-row headers, labelled 記入例 rows, hidden list sheet). No planted problem.
import sys, os
sys.path.insert(0, "/tmp/w33lib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w33-a-official-multisheet-example-row"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")

def box(ws, rng, fill=None, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = B
            c.alignment = WRAP
            if fill: c.fill = fill
            if bold: c.font = Font(bold=True)

wb = Workbook()
# ---------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "基本情報記入シート　※黄色セルは記入必須です"
for col, w in zip("ABCDEFG", [22, 8, 14, 10, 40, 8, 46]):
    ws.column_dimensions[col].width = w

ws["A4"] = "本施策の同意確認"
ws.merge_cells("B4:E4")
ws["B4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws.merge_cells("F4:G4")
ws["F4"] = "同意する"
box(ws, "A4:G4"); ws["A4"].fill = HDR; ws["F4"].fill = REQ
ws.row_dimensions[4].height = 32

ws["A6"] = "■お客様情報(医療機関情報)"; ws["A6"].font = Font(bold=True)
ws["A7"] = "医療機関名"
ws.merge_cells("B7:E7"); ws["B7"] = "医療法人社団 緑風会 みどり台中央病院"
ws["F7"] = "(かな)"
ws["G7"] = "いりょうほうじんしゃだん りょくふうかい みどりだいちゅうおうびょういん"
ws.merge_cells("A8:A9"); ws["A8"] = "住所"
ws["B8"] = "〒"; ws["C8"] = "761-8075"
ws["D8"] = "住所"; ws["E8"] = "香川県高松市多肥下町1520番地3"
ws["F8"] = "(かな)"; ws["G8"] = "かがわけんたかまつしたひしもまち1520ばんち3"
ws["D9"] = "ビル名"; ws["E9"] = "たひメディカルスクエア"
ws["F9"] = "(かな)"; ws["G9"] = "たひめでぃかるすくえあ"
ws["A10"] = "病床数"; ws["C10"] = 199; ws["D10"] = "床"
box(ws, "A7:G10")
for a in ("A7", "A8", "B8", "D8", "D9", "F7", "F8", "F9", "A10"):
    ws[a].fill = HDR

ws["A12"] = "■ご担当者様情報（最大4名）"; ws["A12"].font = Font(bold=True)
hdr = ["", "所属・役職", "", "氏名", "電話番号", "", "メールアドレス"]
ws.merge_cells("B13:C13"); ws.merge_cells("E13:F13")
ws["A13"] = "担当者"; ws["B13"] = "所属・役職"; ws["D13"] = "氏名"; ws["E13"] = "電話番号"; ws["G13"] = "メールアドレス"
contacts = [
    ("情報システム課 課長", "香西 健一", "087-868-5211", "k.kozai@midoridai-hp.or.jp"),
    ("情報システム課 主任", "三好 彩花", "087-868-5211（内線342）", "a.miyoshi@midoridai-hp.or.jp"),
    ("事務部 総務課 係長", "大西 隆之", "087-868-5200", "t.onishi@midoridai-hp.or.jp"),
]
for i in range(4):
    r = 14 + i
    ws.merge_cells(f"B{r}:C{r}"); ws.merge_cells(f"E{r}:F{r}")
    ws[f"A{r}"] = f"担当者{i+1}"
    if i < len(contacts):
        d, n, p, m = contacts[i]
        ws[f"B{r}"] = d; ws[f"D{r}"] = n; ws[f"E{r}"] = p; ws[f"G{r}"] = m
box(ws, "A13:G17"); box(ws, "A13:G13", HDR, True)

ws["A19"] = "■申込内容の確認"; ws["A19"].font = Font(bold=True)
ws.merge_cells("A20:C20"); ws["A20"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("D20:E20"); ws["D20"] = "香西 健一"
box(ws, "A20:E20"); ws["A20"].fill = HDR; ws["D20"].fill = REQ
ws["A21"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

# ---------------- hidden list sheet
lst = wb.create_sheet("リスト")
lists = {
    "A": ["同意する", "同意しない"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["インターネット", "インターネットVPN", "閉域網", "専用線", "その他"],
    "E": ["固定IP", "動的IP"],
    "F": ["確認済み", "入力不要"],
    "G": ["単体", "仮想デスクトップ"],
    "H": ["電子カルテ", "医事", "PACS", "検体検査", "リモート保守", "オンライン資格確認", "その他"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals, 1):
        lst[f"{col}{i}"] = v
lst.sheet_state = "hidden"

def dv(ws, col, rng):
    n = len(lists[col])
    v = DataValidation(type="list", formula1=f"=リスト!${col}$1:${col}${n}", allow_blank=True)
    ws.add_data_validation(v); v.add(rng)

dv(ws, "A", "F4")

# ---------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"; wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "(*)は記入必須。電子カルテシステムに接続するすべての回線（保守回線を含む、音声回線を除く）を1行ずつ記入してください。"
groups = [  # (first col, last col, group label)
    ("B", "C", "調査希望"),
    ("L", "M", "脆弱性診断当日記入欄"),
    ("O", "P", "プロバイダ情報"),
    ("Q", "S", "回線情報"),
    ("T", "T", "回線終端装置(ONU/モデム)情報"),
    ("U", "W", "装置(ルータ/UTM/FW)情報"),
]
heads = {
    "B": "技術バージョン確認 (*)", "C": "脆弱性診断 (*)",
    "D": "電子カルテシステムと接続するネットワークとの接続 (*)", "E": "用途・システム名 (*)",
    "F": "回線名", "G": "回線の種類", "H": "通信形態 (*)", "I": "グローバルIP利用 (*)",
    "J": "固定IP/動的IP (*)", "K": "グローバルIPアドレス (*)",
    "L": "グローバルIP確認", "M": "グローバルIPアドレス", "N": "FQDN",
    "O": "プロバイダ名", "P": "プロバイダ品目",
    "Q": "回線事業者", "R": "回線サービス名", "S": "回線ID",
    "T": "回線終端装置設置場所 (*)",
    "U": "メーカー", "V": "機種名", "W": "ファームウェアバージョン",
}
for g1, g2, label in groups:
    if g1 != g2:
        wl.merge_cells(f"{g1}4:{g2}4")
    wl[f"{g1}4"] = label
for col, h in heads.items():
    wl[f"{col}5"] = h
    if not any(g1 <= col <= g2 for g1, g2, _ in groups):
        wl.merge_cells(f"{col}4:{col}5"); wl[f"{col}4"] = h
wl.merge_cells("A4:A5"); wl["A4"] = ""
box(wl, "A4:W5", HDR, True)
wl.row_dimensions[5].height = 48
widths = dict(A=8, B=14, C=14, D=18, E=18, F=18, G=12, H=16, I=10, J=10, K=16, L=11, M=16, N=22,
              O=12, P=22, Q=12, R=26, S=16, T=26, U=12, V=14, W=16)
for k, v in widths.items():
    wl.column_dimensions[k].width = v

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "電子カルテ保守回線", "光回線",
           "インターネットVPN", "あり", "固定IP", "121.119.249.222", "入力不要", "", "example.xxx",
           "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ光ネクスト", "CAF0000000000",
           "本部棟 3F サーバー室 1番ラック 3U", "YAMAHA", "RTX1210", "Rev.14.01.xx"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（ベンダリモート保守）", "電子カルテ保守回線",
     "光回線", "インターネットVPN", "あり", "固定IP", "153.142.37.210", "入力不要", "",
     "vpn01.midoridai-hp.or.jp", "OCN", "OCN光 IPoE 固定IP1", "NTT西日本",
     "フレッツ 光ネクスト ビジネスタイプ", "COP1802456731", "本館2F サーバ室 ラック1 上段",
     "YAMAHA", "RTX1220", "Rev.15.04.04"],
    ["回線2", "調査希望あり", "調査希望なし", "あり", "オンライン資格確認・レセプトオンライン請求",
     "オン資回線", "光回線", "閉域網", "なし", "", "", "入力不要", "", "",
     "", "", "NTT西日本", "フレッツ 光ネクスト", "COP1802459982", "本館1F 医事課 事務室奥 棚上",
     "NEC", "UNIVERGE IX2215", "Ver.10.7.18"],
    ["回線3", "調査希望あり", "調査希望あり", "あり", "PACS（画像管理）保守", "PACS保守回線",
     "光回線", "インターネットVPN", "あり", "動的IP", "", "確認済み", "114.160.22.87", "",
     "BIGLOBE", "BIGLOBE光", "NTT西日本", "フレッツ 光クロス", "COP2004117650",
     "本館1F 放射線科 操作室", "Fortinet", "FortiGate-40F", "v7.2.8"],
]
cols = "ABCDEFGHIJKLMNOPQRSTUVW"
for j, v in enumerate(example):
    wl[f"{cols[j]}6"] = v
box(wl, "A6:W6", EX)
for i, row in enumerate(lines):
    r = 7 + i
    for j, v in enumerate(row):
        if v != "":
            wl[f"{cols[j]}{r}"] = v
for r in range(10, 12):
    wl[f"A{r}"] = f"回線{r-6}"
box(wl, "A7:W11")
dv(wl, "B", "B7:C11"); dv(wl, "C", "D7:D11"); dv(wl, "D", "H7:H11"); dv(wl, "C", "I7:I11")
dv(wl, "E", "J7:J11"); dv(wl, "F", "L7:L11")
wl.freeze_panes = "B6"

# second table: ports
wl["A14"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"; wl["A14"].font = Font(bold=True)
ph = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for j, h in enumerate(ph):
    wl.cell(row=15, column=1 + j, value=h)
box(wl, "A15:H15", HDR, True)
ports = [
    ("回線1", "RTX1220", "LAN1", "電子カルテサーバ", "192.168.10.11", 443, "HTTPS", "接続あり"),
    ("回線1", "RTX1220", "LAN1", "電子カルテ保守用端末", "192.168.10.50", 3389, "RDP", "接続あり"),
    ("回線2", "IX2215", "GE0.0", "オンライン資格確認端末", "192.168.20.5", 443, "HTTPS", "接続あり"),
    ("回線3", "FortiGate-40F", "internal1", "PACSサーバ", "192.168.30.10", 22, "SSH", "接続なし"),
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        wl.cell(row=16 + i, column=1 + j, value=v)
box(wl, "A16:H19")

# ---------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"; wt["A1"].font = Font(bold=True, size=13)
wt["A2"] = "電子カルテシステムと接続のある端末を5台選定してください（電子カルテ端末1台、主要な部門システムから1台ずつ推奨）。"
wt.merge_cells("A4:A5")
wt.merge_cells("B4:B5"); wt["B4"] = "システム種別 (*)"
wt.merge_cells("C4:C5"); wt["C4"] = "シングル利用 (*)"
wt.merge_cells("D4:F4"); wt["D4"] = "シンクラ端末/FAT端末"
wt["D5"] = "端末ホスト名 (*)"; wt["E5"] = "IPアドレス (*)"; wt["F5"] = "設置場所 (*)"
wt.merge_cells("G4:H4"); wt["G4"] = "仮想デスクトップ"
wt["G5"] = "端末ホスト名"; wt["H5"] = "IPアドレス"
wt.merge_cells("I4:I5"); wt["I4"] = "セキュリティ対策製品"
wt.merge_cells("J4:J5"); wt["J4"] = "備考"
box(wt, "A4:J5", HDR, True)
for k, v in dict(A=8, B=14, C=14, D=18, E=18, F=30, G=16, H=18, I=26, J=34).items():
    wt.column_dimensions[k].width = v
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for j, v in enumerate(ex):
    wt.cell(row=6, column=1 + j, value=v)
box(wt, "A6:J6", EX)
terms = [
    ["No.1", "電子カルテ", "単体", "MDHP-EMR-N201", "192.168.10.131/24", "本館2F 東病棟ナースステーション",
     "", "", "Trend Micro Apex One", "端末操作可能時間：13:00-14:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "MDHP-TC-G105", "192.168.10.205/24", "本館1F 外来 第5診察室",
     "VDI-EMR-015", "172.16.1.115/24", "Microsoft Defender", "午後診（14時～）開始前に作業をお願いします"],
    ["No.3", "医事", "単体", "MDHP-IJI-01", "192.168.20.21/24", "本館1F 医事課",
     "", "", "ESET Endpoint Security", ""],
    ["No.4", "PACS", "単体", "MDHP-PACS-V02", "192.168.30.52/24", "本館1F 放射線科 読影室",
     "", "", "Trend Micro Apex One", ""],
    ["No.5", "検体検査", "単体", "MDHP-LAB-03", "192.168.40.13/24", "本館B1F 検査室",
     "", "", "Trend Micro Apex One", "午前中は検査業務のため操作不可"],
]
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        if v != "":
            wt.cell(row=7 + i, column=1 + j, value=v)
box(wt, "A7:J11")
v = DataValidation(type="list", formula1="=リスト!$G$1:$G$2", allow_blank=True); wt.add_data_validation(v); v.add("C7:C11")

# ---------------- 設置場所記入シート
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート（平面図またはフロア図を貼り付け、吹き出しを設置場所に配置してください）"
wp["A1"].font = Font(bold=True)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16)
img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
d.text((10, 8), "みどり台中央病院 本館 1F・2F 平面図（抜粋）", fill="black", font=font)
rooms1 = [((20, 60, 260, 250), "医事課"), ((260, 60, 440, 250), "外来 第5診察室"),
          ((20, 250, 260, 420), "放射線科 操作室"), ((260, 250, 440, 420), "放射線科 読影室")]
rooms2 = [((470, 60, 700, 250), "サーバ室"), ((700, 60, 880, 250), "東病棟NS"),
          ((470, 250, 880, 420), "東病棟 病室")]
for (x1, y1, x2, y2), name in rooms1 + rooms2:
    d.rectangle((x1, y1, x2, y2), outline="black", width=2)
    d.text((x1 + 8, y1 + 8), name, fill="black", font=font)
d.text((20, 430), "1F", fill="blue", font=font); d.text((470, 430), "2F", fill="blue", font=font)
d.text((20, 470), "B1F 検査室は別図", fill="gray", font=font)
for (x, y) in [(560, 150), (120, 150), (110, 330), (350, 150), (350, 330), (790, 150)]:
    d.ellipse((x - 7, y - 7, x + 7, y + 7), fill="red")
os.makedirs("/tmp/w33lds", exist_ok=True)
png = "/tmp/w33lds/lds-a-floor.png"
img.save(png)
xi = XLImage(png); xi.anchor = "A3"
wp.add_image(xi)
wp.column_dimensions["M"].width = 48
wp["M3"] = "吹き出し（自動表示）"
callouts = [
    ("M4", '="回線1 ONU："&\'回線・機器情報記入シート\'!T7'),
    ("M5", '="回線2 ONU："&\'回線・機器情報記入シート\'!T8'),
    ("M6", '="回線3 ONU："&\'回線・機器情報記入シート\'!T9'),
    ("M7", '="端末No.1 "&\'調査端末情報記入シート\'!D7&" "&\'調査端末情報記入シート\'!F7'),
    ("M8", '="端末No.2 "&\'調査端末情報記入シート\'!D8&" "&\'調査端末情報記入シート\'!F8'),
    ("M9", '="端末No.3 "&\'調査端末情報記入シート\'!D9&" "&\'調査端末情報記入シート\'!F9'),
    ("M10", '="端末No.4 "&\'調査端末情報記入シート\'!D10&" "&\'調査端末情報記入シート\'!F10'),
    ("M11", '="端末No.5 "&\'調査端末情報記入シート\'!D11&" "&\'調査端末情報記入シート\'!F11'),
]
for a, f in callouts:
    wp[a] = f

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved")
