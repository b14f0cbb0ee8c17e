#!/usr/bin/python3
"""lds-w26-b: a hospital IT office's own one-sheet version of 別紙2-1 (記入要領 sheet first; basic info,
lines as a vertical table with one column per line, terminals table, all on one sheet; floor plan on its
own sheet; the ID/PW list kept in the same book and filled in). Saved by openpyxl only (a COUNTA
formula without cached value). Planted: private address for a 固定IP line, a terminal's 設置場所
missing, password list with passwords inside the submitted workbook."""
import os, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave26/line-device-survey"
NAME = "lds-w26-b-single-sheet-transposed-lines"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GR = PatternFill("solid", fgColor="E2EFDA")
EX = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="top")


def frame(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = B


wb = Workbook()
# ---------------- 記入要領 ----------------
wi = wb.active
wi.title = "記入要領"
notes = [
    "記入要領（院内用に再作成した様式です。内容は別紙2-1に準拠）",
    "",
    "1．「記入票」シートの１．基本情報、２．回線・機器情報、３．調査端末情報を記入してください。",
    "2．(*)印は必須項目です。選択肢は 希望あり/希望なし、有/無、固定/動的 のいずれかを記入。",
    "3．回線は縦に1列ずつ記入してください（記入例の列は消さないでください）。",
    "4．電子カルテシステムと接続する回線のみ対象（音声回線・電子カルテから独立したネットワークは対象外）。",
    "5．動的IPの回線は、脆弱性診断当日にグローバルIPを確認し【診断当日】欄に記入して再提出してください。",
    "6．調査端末は5台（電子カルテ端末1台＋主要な部門システム端末）。",
    "7．「設置場所（平面図）」シートに平面図を貼り付け、回線終端装置・端末の位置を記入してください。",
    "8．ID・パスワード控えは提出不要です（当日までの院内準備用）。",
]
for i, t in enumerate(notes):
    wi[f"A{i + 1}"] = t
wi["A1"].font = Font(bold=True, size=13)
wi.column_dimensions["A"].width = 110

# ---------------- 記入票 ----------------
ws = wb.create_sheet("記入票")
for k, v in dict(A=2, B=34, C=22, D=26, E=26, F=26, G=18, H=16, I=17, J=28, K=30).items():
    ws.column_dimensions[k].width = v
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※(*)は必須項目　提出先：セキュリティ確保事業ポータル"
ws["F3"] = "作成日：R6.9.12"

ws["B5"] = "１．基本情報"
ws["B5"].font = Font(bold=True, size=12)
ws["B6"] = "本施策の同意確認 (*)（別紙7・別紙8の規約を確認のうえ）"
ws["C6"] = "✓"
ws["D6"] = "同意する"
ws["E6"] = None
ws["F6"] = "同意しない"
ws["C6"].alignment = Alignment(horizontal="right")
basic = [
    (7, "医療機関名 (*)", "医療法人 桜水会 さくらみず記念病院"),
    (8, "　（かな）", "いりょうほうじん おうすいかい さくらみずきねんびょういん"),
    (9, "郵便番号", "〒950-2044"),
    (10, "住所 (*)", "新潟県新潟市西区坂井東3丁目12番8号"),
    (11, "　（かな）", "にいがたけんにいがたしにしくさかいひがし3ちょうめ12ばん8ごう"),
    (12, "ビル名", "坂井メディカルスクエア"),
    (13, "　（かな）", "さかいめでぃかるすくえあ"),
    (14, "病床数 (*)", "96床"),
]
for r, lab, val in basic:
    ws[f"B{r}"] = lab
    ws.merge_cells(f"C{r}:F{r}")
    ws[f"C{r}"] = val
frame(ws, "B6:F14")
for r in range(6, 15):
    ws[f"B{r}"].fill = GR

ws["B16"] = "担当者（4名まで）"
ws["B16"].fill = GR
for col, h in zip("CDEF", ["所属・役職", "氏名", "電話番号", "メールアドレス"]):
    ws[f"{col}16"] = h
    ws[f"{col}16"].fill = GR
contacts = [
    ("担当者①", "事務部 医療情報管理室 室長", "小林 直人", "025-260-7711", "n-kobayashi@sakuramizu-hp.jp"),
    ("担当者②", "事務部 医療情報管理室", "高橋 さやか", "025-260-7711", "s-takahashi@sakuramizu-hp.jp"),
    ("担当者③", "株式会社ミナト医療システム 担当SE", "渡辺 拓也", "090-4417-2836", "t-watanabe@minato-ms.co.jp"),
    ("担当者④", None, None, None, None),
]
for i, c in enumerate(contacts):
    for col, v in zip("BCDEF", c):
        if v:
            ws[f"{col}{17 + i}"] = v
frame(ws, "B16:F20")
ws.merge_cells("B22:D22")
ws["B22"] = "確認者名（フルネーム）：小林 直人"
frame(ws, "B22:D22")

# --- 2. lines, transposed ---
ws["B24"] = "２．回線・機器情報（回線ごとに縦に記入）"
ws["B24"].font = Font(bold=True, size=12)
items = [
    "調査希望：技術バージョン確認 (*)", "調査希望：脆弱性診断 (*)", "電子カルテ系ネットワークとの接続 (*)",
    "用途・システム名 (*)", "回線の種類", "回線事業者", "回線サービス名", "回線名", "回線ID", "通信形態 (*)",
    "グローバルIP利用 (*)", "固定IP／動的IP (*)", "グローバルIPアドレス (*)", "【診断当日】グローバルIP確認",
    "【診断当日】グローバルIPアドレス", "FQDN", "プロバイダ名", "プロバイダ品目", "回線終端装置設置場所 (*)",
    "ルータ/UTM/FW メーカー", "ルータ/UTM/FW 機種名", "ファームウェアVer.",
]
example = ["希望あり", "希望あり", "有", "電子カルテ", "光回線", "NTT東日本", "フレッツ光ネクスト", "○○保守回線",
           "CAF0000000000", "インターネットVPN", "有", "固定", "121.119.249.222", "入力不要", None, "example.xxx",
           "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室", "YAMAHA", "RTX1210", "Rev.14.01.42"]
line1 = ["希望あり", "希望あり", "有", "電子カルテ保守（リモート保守）", "光回線", "NTT東日本", "フレッツ 光クロス",
         "電カル保守回線", "CAF3308174526", "インターネットVPN", "有", "固定", "192.168.100.1", "入力不要", None, None,
         "IIJ", "IIJ光 固定IPサービス", "4F サーバー室 ラック2 上段", "Cisco", "C1111-4P", "IOS XE 17.9.4a"]
line2 = ["希望あり", "希望あり", "有", "放射線画像(PACS)保守", "光回線", "NTT東日本", "フレッツ 光ネクスト",
         "PACS保守回線", "CAF3308190071", "インターネットVPN", "有", "動的", "180.45.17.92", "確認済み",
         "180.45.17.92", None, "OCN", "OCN光 IPoE", "3F 放射線科 CT操作室", "YAMAHA", "RTX830", "Rev.15.02.30"]
line3 = ["希望なし", "希望あり", "有", "検体検査（外注検査結果受信）", "光回線", "NTT東日本",
         "フレッツ 光ネクスト ビジネスタイプ", "検査結果受信回線", "CAF3308201555", "インターネット", "有", "固定",
         "221.186.45.77", "入力不要", None, "kensa.sakuramizu-hp.jp", "So-net", "So-net 光 プラス 固定IP",
         "5F 検査科 分析室", "Fortinet", "FortiGate-40F", "v7.0.15"]
hdr = 25
for col, h in zip("BCDEFG", ["項目", "記入例", "回線1", "回線2", "回線3", "回線4"]):
    ws[f"{col}{hdr}"] = h
    ws[f"{col}{hdr}"].fill = GR
    ws[f"{col}{hdr}"].font = Font(bold=True)
for i, lab in enumerate(items):
    r = hdr + 1 + i
    ws[f"B{r}"] = lab
    ws[f"B{r}"].fill = GR
    for col, data in zip("CDEF", [example, line1, line2, line3]):
        v = data[i]
        if v is not None:
            ws[f"{col}{r}"] = v
    ws[f"C{r}"].fill = EX
    ws[f"C{r}"].font = Font(color="808080")
last = hdr + len(items)
frame(ws, f"B{hdr}:G{last}")

# --- 3. terminals ---
t0 = last + 3
ws[f"B{t0}"] = "３．調査端末情報（5台）"
ws[f"B{t0}"].font = Font(bold=True, size=12)
th = t0 + 1
heads = ["No.", "システム種別 (*)", "利用形態 (*)\n単体／仮想デスクトップ", "端末ホスト名 (*)", "IPアドレス (*)\n(例 192.168.1.25/24)",
         "設置場所 (*)", "VDIホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for col, h in zip("BCDEFGHIJK", heads):
    ws[f"{col}{th}"] = h
    ws[f"{col}{th}"].fill = GR
    ws[f"{col}{th}"].alignment = Alignment(wrap_text=True, vertical="center")
ws.row_dimensions[th].height = 32
terms = [
    ["No.1", "電子カルテ", "単体", "SKM-EMR-401", "10.10.4.21/24", "4F 病棟 ナースステーション", None, None,
     "Microsoft Defender for Endpoint", None],
    ["No.2", "電子カルテ", "仮想デスクトップ", "SKM-TC-3F02", "10.10.3.52/24", "3F 外来 第2診察室", "SKM-VDI-0302",
     "10.20.1.52/24", "Trend Micro Apex One", None],
    ["No.3", "医事会計", "単体", "SKM-IJI-01", "10.10.3.11/24", None, None, None, "Microsoft Defender",
     "操作可能時間：12:00-13:00\n※医事課職員の立会い必須"],
    ["No.4", "PACS", "単体", "SKM-PACS-01", "10.10.5.31/24", "3F 放射線科 読影室", None, None,
     "ESET Endpoint Security", None],
    ["No.5", "検査システム", "単体", "SKM-LAB-01", "10.10.6.15/24", "5F 検査科 分析室", None, None,
     "Microsoft Defender", "平日午後のみ操作可 "],
]
for i, t in enumerate(terms):
    r = th + 1 + i
    for col, v in zip("BCDEFGHIJK", t):
        if v is not None:
            ws[f"{col}{r}"] = v
            ws[f"{col}{r}"].alignment = wrap
    ws.row_dimensions[r].height = 30
tl = th + len(terms)
frame(ws, f"B{th}:K{tl}")
ws[f"J{tl + 1}"] = "端末台数"
ws[f"K{tl + 1}"] = f"=COUNTA(E{th + 1}:E{tl})"
TERM_LOC3 = f"G{th + 3}"

# ---------------- 設置場所（平面図） ----------------
wp = wb.create_sheet("設置場所（平面図）")
wp["A1"] = "設置場所（平面図・フロア図）　※回線終端装置・調査端末の位置を記入"
wp["A1"].font = Font(bold=True)
img = Image.new("RGB", (820, 620), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18)
fs = ImageFont.truetype(FONT, 14)
d.text((20, 8), "さくらみず記念病院 フロア図（坂井メディカルスクエア 3F～5F）", fill="black", font=f)
for k, fl in enumerate(["5F 検査科／分析室", "4F 病棟／サーバー室", "3F 外来・放射線科・医事課"]):
    y = 45 + k * 190
    d.rectangle((20, y, 800, y + 175), outline="black", width=3)
    d.text((30, y + 6), fl, fill="black", font=fs)
    for x in (280, 540):
        d.line((x, y, x, y + 175), fill="gray", width=2)
marks = [(120, 140, "回線3 ONU"), (420, 140, "端末No.5"), (120, 330, "回線1 ONU"), (650, 320, "端末No.1"),
         (120, 520, "回線2 ONU"), (360, 520, "端末No.4"), (620, 480, "端末No.2"), (700, 560, "端末No.3")]
for x, y, lbl in marks:
    d.rectangle((x - 7, y - 7, x + 7, y + 7), fill="blue")
    d.text((x + 12, y - 10), lbl, fill="blue", font=fs)
tmp = tempfile.mkdtemp()
p = os.path.join(tmp, "floor_b.png")
img.save(p)
xi = XLImage(p)
xi.anchor = "A3"
wp.add_image(xi)
for i, t in enumerate(["回線1：4F サーバー室 ラック2", "回線2：3F 放射線科 CT操作室", "回線3：5F 検査科 分析室",
                       "端末No.1～No.5：図中の青印"]):
    wp[f"M{4 + i}"] = t
wp.column_dimensions["M"].width = 34

# ---------------- ID・PW控え（提出不要） ----------------
wa = wb.create_sheet("ID・PW控え（提出不要）")
wa["A1"] = "アカウント(ログインID)・パスワードリスト（提出不要：院内準備用）"
wa["A1"].font = Font(bold=True)
for col, h in zip("ABCDEF", ["対象", "メーカー", "機種名", "ログインID", "パスワード", "特権(enable)パスワード"]):
    wa[f"{col}3"] = h
rows = [("回線1", "Cisco", "C1111-4P", "admin", "Skm#Rt2019", "Skm#En2019"),
        ("回線2", "YAMAHA", "RTX830", None, "pacs0302!", None),
        ("回線3", "Fortinet", "FortiGate-40F", "admin", "Lab@40F-skm", None)]
for i, rw in enumerate(rows):
    for col, v in zip("ABCDEF", rw):
        if v:
            wa[f"{col}{4 + i}"] = v
for col, h in zip("ABCDE", ["端末", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wa[f"{col}8"] = h
trows = [("No.1", "SKM-EMR-401", "10.10.4.21/24", "emradmin", "Emr4F#2023"),
         ("No.2", "SKM-TC-3F02", "10.10.3.52/24", "vdiuser02", "Vdi3F-0302"),
         ("No.3", "SKM-IJI-01", "10.10.3.11/24", "iji01", "iji2024"),
         ("No.4", "SKM-PACS-01", "10.10.5.31/24", "pacsview", "Pacs!531"),
         ("No.5", "SKM-LAB-01", "10.10.6.15/24", "labadmin", "Lab615#")]
for i, rw in enumerate(trows):
    for col, v in zip("ABCDE", rw):
        wa[f"{col}{9 + i}"] = v
for k, v in dict(A=8, B=16, C=18, D=14, E=16, F=22).items():
    wa.column_dimensions[k].width = v

wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved; terminal No.3 location cell", TERM_LOC3, "terminal header row", th)
