#!/usr/bin/python3
# Generator for lds-w8-a-onesheet-vertical.xlsx
# Role: IT staff of a (fictional) hospital in Iwate who re-drew 別紙2-1 as ONE sheet:
# label-above-value basic info, a transposed (vertical) line table with a 記入例 column,
# a port table, a terminal table with a 記入例 row, and the floor plan pasted at the bottom.
# Marks: ○/× for 調査希望, 有/無 for あり/なし. Finally re-saved by LibreOffice.
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w8-a-onesheet-vertical"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="EDEDED")
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "回線・機器等記入票"
for col, w in zip("ABCDEFGHIJ", [22, 24, 24, 24, 24, 20, 20, 22, 20, 20]):
    ws.column_dimensions[col].width = w

def cell(ref, v, b=False, fill=None, border=True):
    c = ws[ref]
    c.value = v
    c.alignment = wrap
    if b:
        c.font = bold
    if fill:
        c.fill = fill
    if border:
        c.border = box
    return c

ws["A1"] = "医療機関記入依頼書（回線・機器情報等記入）　※別紙2-1の内容を1枚にまとめたもの"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "医療機関におけるサイバーセキュリティ確保事業　外部ネットワーク接続の俯瞰的把握、安全性の検証・調査"
ws["A3"] = "（注）調査希望欄は、希望する場合「○」、希望しない場合「×」。接続・利用の有無は「有」「無」で記入。"

# ---- 1. basic info, label above value ----
ws["A5"] = "■1　基本情報"; ws["A5"].font = bold
cell("A6", "本施策の同意確認（別紙7 規約・別紙8 注意事項を確認のうえ、同意いただける場合は「同意する」）", True, hdr_fill)
ws.merge_cells("A6:E6")
cell("A7", "同意する")
ws.merge_cells("A7:E7")

cell("A8", "医療機関名", True, hdr_fill); ws.merge_cells("A8:B8")
cell("C8", "（かな）", True, hdr_fill); ws.merge_cells("C8:E8")
cell("A9", "医療法人 中津川会 盛岡みなみ病院"); ws.merge_cells("A9:B9")
cell("C9", "いりょうほうじん なかつがわかい もりおかみなみびょういん"); ws.merge_cells("C9:E9")

cell("A10", "〒", True, hdr_fill)
cell("B10", "住所", True, hdr_fill); ws.merge_cells("B10:C10")
cell("D10", "（かな）", True, hdr_fill); ws.merge_cells("D10:E10")
cell("A11", "〒０２０－００４５")
cell("B11", "岩手県盛岡市盛岡駅西通二丁目7番15号"); ws.merge_cells("B11:C11")
cell("D11", "いわてけんもりおかしもりおかえきにしどおりにちょうめ7ばん15ごう"); ws.merge_cells("D11:E11")

cell("A12", "ビル名", True, hdr_fill); ws.merge_cells("A12:B12")
cell("C12", "（かな）", True, hdr_fill); ws.merge_cells("C12:D12")
cell("E12", "病床数", True, hdr_fill)
cell("A13", "盛岡駅西メディカルタワー"); ws.merge_cells("A13:B13")
cell("C13", "もりおかえきにしめでぃかるたわー"); ws.merge_cells("C13:D13")
cell("E13", "120床")

ws["A15"] = "■2　担当者（4名まで）"; ws["A15"].font = bold
for col, t in zip("ABCDE", ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    cell(f"{col}16", t, True, hdr_fill)
contacts = [
    ("担当者1", "情報システム課 課長", "佐々木 健一", "019-635-2210", "k-sasaki@mm-hosp.or.jp"),
    ("担当者2", "事務部 総務課 主任", "千葉 美穂", "019-635-2211", "m-chiba@mm-hosp.or.jp"),
    ("担当者3", None, None, None, None),
    ("担当者4", None, None, None, None),
]
r = 17
for row in contacts:
    for col, v in zip("ABCDE", row):
        cell(f"{col}{r}", v)
    r += 1

cell("A22", "申込内容の確認　確認者名（フルネーム）", True, hdr_fill); ws.merge_cells("A22:B22")
cell("C22", "佐々木 健一"); ws.merge_cells("C22:D22")

# ---- 2. lines, transposed: items in rows, 記入例 / 回線1..3 in columns ----
ws["A24"] = "■3　回線・機器情報（回線ごとに縦に記入。(*)は必須）"; ws["A24"].font = bold
heads = ["項目", "記入例", "回線1", "回線2", "回線3"]
for col, t in zip("ABCDE", heads):
    cell(f"{col}25", t, True, hdr_fill)
items = [
    ("調査希望：技術バージョン確認 (*)", "○", "○", "○", "×"),
    ("調査希望：脆弱性診断 (*)", "○", "○", "×", "○"),
    ("電子カルテシステムと接続するネットワークとの接続 (*)", "有", "有", "有", "有"),
    ("用途・システム名 (*)", "電子カルテ", "電子カルテ", "PACS（画像管理）", "検体検査システム"),
    ("通信形態 (*)", "インターネットVPN", "インターネットVPN", "インターネットVPN", "インターネットVPN"),
    ("グローバルIP利用 (*)", "有", "有", "有", "有"),
    ("固定IP/動的IP (*)", "固定IP", "固定IP", "固定IP", "固定IP"),
    ("グローバルIPアドレス (*)", "121.119.249.222", "153.142.28.71", "122.208.44.19", "60.36.117.205"),
    ("脆弱性診断当日記入欄：グローバルIP確認", "入力不要", "入力不要", "入力不要", "入力不要"),
    ("脆弱性診断当日記入欄：グローバルIPアドレス", None, None, None, None),
    ("FQDN", "example.xxx", None, None, None),
    ("プロバイダ名", "NTT東日本", "OCN", "So-net", "BIGLOBE"),
    ("プロバイダ品目", "Bフレッツサービス", "OCN光 IPoE 固定IP1", "So-net 光 プラス 固定IP", "BIGLOBE光 固定IPアドレスオプション"),
    ("回線事業者", "NTT東日本", "NTT東日本", "NTT東日本", "NTT東日本"),
    ("回線サービス名", "フレッツ光ネクスト", "フレッツ光ネクスト ビジネスタイプ", "フレッツ 光クロス", "フレッツ光ネクスト ファミリー・ギガラインタイプ"),
    ("回線ID", "CAF0000000", "CAF5512038", "CAF7720914", "CAF3308152"),
    ("回線名", "電子カルテ保守回線", "電子カルテ保守回線", "放射線部門保守回線", "検査部門保守回線"),
    ("回線の種類", "光回線", "光回線", "光回線", "光回線"),
    ("回線終端装置設置場所 (*)", "本部棟 3F サーバー室 -1番ラック 3U", "本館2F サーバー室 ラックA 5U", "本館1F 放射線科 機械室", "本館1F 検査科 分析装置室 壁面"),
    ("機器（ルータ/UTM/FW）メーカー", "YAMAHA", "YAMAHA", "Fortinet", "NEC"),
    ("機器 機種名", "RTX1210", "RTX1300", "FortiGate 60F", "UNIVERGE IX2106"),
    ("機器 ファームウェアバージョン", "Rev.14.01.42", "Rev.23.00.08", "v7.2.8", "Ver.10.8.21"),
]
r = 26
for it in items:
    cell(f"A{r}", it[0], True)
    cell(f"B{r}", it[1], fill=ex_fill)
    for col, v in zip("CDE", it[2:]):
        cell(f"{col}{r}", v)
    r += 1
# r == 48

ws["A49"] = "■4　機器のポート情報（調査対象機器のLAN側接続）"; ws["A49"].font = bold
for col, t in zip("ABCDEFGH", ["回線", "機器", "ポート", "機器名", "IPアドレス", "ポート番号", "プロトコル", "接続状況"]):
    cell(f"{col}50", t, True, hdr_fill)
ports = [
    ("回線1", "RTX1300", "LAN1", "電子カルテ保守用中継サーバ", "192.168.10.5", 443, "HTTPS", "接続あり"),
    ("回線3", "UNIVERGE IX2106", "GE1", "検体検査システムサーバ", "192.168.40.10", 22, "SSH", "接続あり"),
]
r = 51
for p in ports:
    for col, v in zip("ABCDEFGH", p):
        cell(f"{col}{r}", v)
    r += 1

# ---- 3. terminals ----
ws["A54"] = "■5　調査端末情報（5台。1行目は記入例）"; ws["A54"].font = bold
cell("A55", "No.", True, hdr_fill); ws.merge_cells("A55:A56")
cell("B55", "システム種別 (*)", True, hdr_fill); ws.merge_cells("B55:B56")
cell("C55", "シングル利用 (*)", True, hdr_fill); ws.merge_cells("C55:C56")
cell("D55", "シンクル端末/FAT端末", True, hdr_fill); ws.merge_cells("D55:F55")
cell("G55", "仮想デスクトップ", True, hdr_fill); ws.merge_cells("G55:H55")
cell("I55", "セキュリティ対策製品", True, hdr_fill); ws.merge_cells("I55:I56")
cell("J55", "備考", True, hdr_fill); ws.merge_cells("J55:J56")
for col, t in zip("DEFGH", ["端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", "端末ホスト名", "IPアドレス"]):
    cell(f"{col}56", t, True, hdr_fill)
terms = [
    ("記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", None, None, "Microsoft Defender", "端末操作可能時間：12:00-13:00"),
    ("No.1", "電子カルテ", "単体", "MMH-EC-0101", "192.168.10.101/24", "本館2F 医局", None, None, "Trend Micro Apex One", "端末操作可能時間：13:00-14:00"),
    ("No.2", "電子カルテ", "仮想デスクトップ", "MMH-TC-0215", "192.168.10.215/24", "本館3F 東病棟ナースステーション", "VDI-EC-0215", "172.16.20.215/24", "Microsoft Defender", None),
    ("No.3", "医事会計", "単体", "MMH-IJ-0301", "192.168.20.31/24", "本館1F 医事課", None, None, "Trend Micro Apex One", None),
    ("No.4", "PACS", "単体", "MMH-RD-0402", "192.168.30.42/24", "本館1F 放射線科 読影室", None, None, "ESET Endpoint Security", None),
    ("No.5", "検体検査", "単体", "MMH-LB-0501", "192.168.40.51/24", "本館1F 検査科", None, None, "Microsoft Defender", "平日 9:00-16:00 のみ操作可"),
]
r = 57
for t in terms:
    for col, v in zip("ABCDEFGHIJ", t):
        cell(f"{col}{r}", v, fill=ex_fill if t[0] == "記入例" else None)
    r += 1

# ---- 4. floor plan (image) with callout legend ----
ws["A64"] = "■6　設置場所（平面図を貼付し、回線終端装置・調査端末の位置を吹き出しで記入）"; ws["A64"].font = bold

font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
if not os.path.exists(font_path):
    font_path = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
fnt = ImageFont.truetype(font_path, 16)
small = ImageFont.truetype(font_path, 13)
img = Image.new("RGB", (760, 470), "white")
d = ImageDraw.Draw(img)
d.text((10, 6), "盛岡みなみ病院 本館 平面図（1F・2F・3F抜粋）", fill="black", font=fnt)
rooms = [
    ((20, 40, 360, 200), "1F"),
    ((390, 40, 740, 200), "2F"),
    ((20, 240, 360, 450), "3F"),
]
for (x0, y0, x1, y1), lab in rooms:
    d.rectangle((x0, y0, x1, y1), outline="black", width=3)
    d.text((x0 + 6, y0 + 4), lab, fill="black", font=fnt)
def room(b, t):
    d.rectangle(b, outline="gray", width=2)
    d.text((b[0] + 4, b[1] + 4), t, fill="black", font=small)
room((30, 70, 130, 140), "医事課")
room((140, 70, 240, 140), "放射線科\n読影室/機械室")
room((250, 70, 350, 140), "検査科")
room((400, 70, 560, 150), "サーバー室")
room((580, 70, 730, 150), "医局")
room((30, 270, 250, 380), "東病棟ナースステーション")
def callout(x, y, t, color):
    d.ellipse((x - 7, y - 7, x + 7, y + 7), fill=color)
    d.text((x + 10, y - 8), t, fill=color, font=small)
callout(420, 170, "回線1 ONU", "red")
callout(170, 160, "回線2 ONU", "red")
callout(280, 160, "回線3 ONU", "red")
callout(600, 170, "No.1", "blue")
callout(60, 400, "No.2", "blue")
callout(40, 160, "No.3", "blue")
callout(150, 185, "No.4", "blue")
callout(300, 185, "No.5", "blue")
png = os.path.join(tempfile.mkdtemp(), "floor.png")
img.save(png)
xi = XLImage(png)
xi.anchor = "A66"
ws.add_image(xi)

# callout text (吹き出し内容) to the right of the picture
cell("H66", "吹き出し", True, hdr_fill)
cell("I66", "設置場所", True, hdr_fill)
legend = [
    ("回線1 回線終端装置", "本館2F サーバー室 ラックA 5U"),
    ("回線2 回線終端装置", "本館1F 放射線科 機械室"),
    ("回線3 回線終端装置", "本館1F 検査科 分析装置室 壁面"),
    ("端末No.1 MMH-EC-0101", "本館2F 医局"),
    ("端末No.2 MMH-TC-0215", "本館3F 東病棟ナースステーション"),
    ("端末No.3 MMH-IJ-0301", "本館1F 医事課"),
    ("端末No.4 MMH-RD-0402", "本館1F 放射線科 読影室"),
    ("端末No.5 MMH-LB-0501", "本館1F 検査科"),
]
r = 67
for a, b in legend:
    cell(f"H{r}", a); cell(f"I{r}", b)
    r += 1

ws.print_area = "A1:J92"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
# re-save through LibreOffice with a private profile
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
prof = f"file:///tmp/lo-{os.getpid()}"
subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "xlsx",
                "--outdir", outdir, raw], check=True, capture_output=True)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(f"/tmp/lo-{os.getpid()}", ignore_errors=True)
print("written", os.path.join(HERE, NAME + ".xlsx"))
