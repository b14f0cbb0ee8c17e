#!/usr/bin/python3
# Generator for lds-w8-b-print-sheets.xlsx
# Role: 事務部 情報管理室 of a (fictional) hospital in Shizuoka; drew 別紙2-1 as a print-style
# workbook: one sheet per section (official sheet names), blank spacer columns, 項目：値 in one cell
# on the basic sheet, ○ mark beside the consent option, an 記入要領 sheet, a hidden list sheet,
# a formula total without cached value, and the password list kept IN the file (filled).
import os, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w8-b-print-sheets"

thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
under = Border(bottom=thin)
hdr = PatternFill("solid", fgColor="FFF2CC")
exf = PatternFill("solid", fgColor="D9D9D9")
bold = Font(bold=True)
wrapc = Alignment(wrap_text=True, vertical="center", horizontal="center")
wrapl = Alignment(wrap_text=True, vertical="center")

wb = Workbook()

# ---------------- 記入要領 ----------------
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 3
ins.column_dimensions["B"].width = 100
lines_txt = [
    "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　記入要領（院内用）",
    "",
    "1. 基本情報記入シート：規約（別紙7・別紙8）を確認し、「同意する」の欄に○を付けてください。",
    "2. 回線・機器情報記入シート：電子カルテ系ネットワークにつながる回線を1行ずつ記入。記入例の行は消さずに残してください。",
    "3. 調査端末情報記入シート：調査端末は5台。電子カルテ端末を1台以上含めてください。",
    "4. 設置場所記入シート：平面図を貼り付け、回線終端装置と端末の位置を示してください。",
    "5. アカウント・パスワードリストは提出不要です（当日用の整理表）。",
    "(*)の項目は必須です。",
]
for i, t in enumerate(lines_txt, start=2):
    ins.cell(row=i, column=2, value=t)
ins["B2"].font = Font(bold=True, size=13)

# ---------------- hidden list sheet ----------------
lst = wb.create_sheet("リスト")
lists = {
    "A": ["調査希望あり", "調査希望なし"],
    "B": ["あり", "なし"],
    "C": ["インターネット", "インターネットVPN", "閉域網", "モバイル", "その他"],
    "D": ["固定IP", "動的IP"],
    "E": ["確認済み", "入力不要"],
    "F": ["単体", "仮想デスクトップ"],
}
for col, vals in lists.items():
    for i, v in enumerate(vals, start=1):
        lst[f"{col}{i}"] = v
lst.sheet_state = "hidden"

# ---------------- 基本情報記入シート ----------------
bs = wb.create_sheet("基本情報記入シート")
for col, w in zip("ABCDEFGHIJ", [2, 34, 2, 6, 16, 2, 6, 16, 2, 30]):
    bs.column_dimensions[col].width = w
bs["B1"] = "基本情報記入シート"
bs["B1"].font = Font(bold=True, size=14)
bs["B3"] = "本施策の同意確認（別紙）規約に記載の内容をご確認のうえ、同意いただける場合は○"
bs["B3"].alignment = wrapl
bs.row_dimensions[3].height = 32
bs["D3"] = "○"; bs["D3"].alignment = wrapc; bs["D3"].border = box
bs["E3"] = "同意する"; bs["E3"].border = box
bs["G3"] = None; bs["G3"].border = box
bs["H3"] = "同意しない"; bs["H3"].border = box

bs["B5"] = "■お客様情報（医療機関情報）"; bs["B5"].font = bold
kv = [
    (6, "B", "医療機関名：社会医療法人 遠州灘会 浜松南病院"),
    (7, "B", "（かな）：しゃかいいりょうほうじん えんしゅうなだかい はままつみなみびょういん"),
    (8, "B", "郵便番号：〒430-0851"),
    (9, "B", "住所：静岡県浜松市中央区向宿一丁目8番3号"),
    (10, "B", "（かな）：しずおかけんはままつしちゅうおうくむこうじゅくいっちょうめ8ばん3ごう"),
    (11, "B", "ビル名："),
    (12, "B", "（かな）："),
    (13, "B", "病床数：199"),
]
for r, col, t in kv:
    c = bs[f"{col}{r}"]
    c.value = t
    c.border = under
    bs.merge_cells(f"B{r}:J{r}")

bs["B15"] = "■担当者情報（4名まで）"; bs["B15"].font = bold
# print-style contact table with spacer columns C, F, I
heads = {"B": "所属・役職", "D": "氏名", "G": "電話番号", "J": "メールアドレス"}
for col, t in heads.items():
    c = bs[f"{col}16"]; c.value = t; c.fill = hdr; c.border = box; c.font = bold
bs.merge_cells("D16:E16"); bs.merge_cells("G16:H16")
contacts = [
    ("事務部 情報管理室 係長", "鈴木 雅人", "053-461-7788", "m.suzuki@enshu-nada.or.jp"),
    ("診療技術部 放射線科 主任技師", "河合 里奈", "053-461-7790", "r.kawai@enshu-nada.or.jp"),
]
r = 17
for dep, nm, tel, mail in contacts:
    for col, v in zip("BDGJ", (dep, nm, tel, mail)):
        c = bs[f"{col}{r}"]; c.value = v; c.border = box
    bs.merge_cells(f"D{r}:E{r}"); bs.merge_cells(f"G{r}:H{r}")
    r += 1
for rr in (19, 20):
    for col in "BDGJ":
        bs[f"{col}{rr}"].border = box
    bs.merge_cells(f"D{rr}:E{rr}"); bs.merge_cells(f"G{rr}:H{rr}")

bs["B22"] = "■申込内容の確認"; bs["B22"].font = bold
bs["B23"] = "確認者名（医療機関のご担当者名）：鈴木 雅人"
bs["B23"].border = under
bs.merge_cells("B23:J23")
bs.print_area = "A1:J24"
bs.page_setup.orientation = "portrait"

dv_consent = DataValidation(type="list", formula1='"○"', allow_blank=True)
bs.add_data_validation(dv_consent)
dv_consent.add("D3"); dv_consent.add("G3")

# ---------------- 回線・機器情報記入シート ----------------
ls = wb.create_sheet("回線・機器情報記入シート")
# columns: A label | B,C 調査希望 | D spacer | E 電カル接続 | F 用途 | G spacer | H 通信形態 | I GIP利用 | J 固定/動的 |
# K GIPアドレス | L spacer | M,N 当日欄 | O spacer | P FQDN | Q プロバイダ名 | R 品目 | S spacer | T 回線事業者 |
# U サービス名 | V 回線ID | W 回線名 | X 回線の種類 | Y 設置場所 | Z spacer | AA メーカー | AB 機種名 | AC FW
widths = {"A": 9, "B": 13, "C": 13, "D": 1.5, "E": 12, "F": 14, "G": 1.5, "H": 16, "I": 10, "J": 10,
          "K": 16, "L": 1.5, "M": 11, "N": 16, "O": 1.5, "P": 20, "Q": 10, "R": 24, "S": 1.5, "T": 11,
          "U": 22, "V": 13, "W": 18, "X": 10, "Y": 24, "Z": 1.5, "AA": 11, "AB": 14, "AC": 14}
for k, v in widths.items():
    ls.column_dimensions[k].width = v
ls["A1"] = "回線・機器情報記入シート"; ls["A1"].font = Font(bold=True, size=14)
ls["A2"] = "※(*)は必須項目。記入例の行は参考です。"

def h(ref, t, merge=None):
    c = ls[ref]; c.value = t; c.fill = hdr; c.border = box; c.alignment = wrapc; c.font = bold
    if merge:
        ls.merge_cells(merge)

h("A4", "", "A4:A5")
h("B4", "調査希望", "B4:C4"); h("B5", "技術バージョン確認 (*)"); h("C5", "脆弱性診断 (*)")
h("E4", "電子カルテシステムと接続するネットワークとの接続 (*)", "E4:E5")
h("F4", "用途・システム名 (*)", "F4:F5")
h("H4", "回線と紐付くグローバルIPアドレス", "H4:K4")
h("H5", "通信形態 (*)"); h("I5", "グローバルIP利用 (*)"); h("J5", "固定IP/動的IP (*)"); h("K5", "グローバルIPアドレス (*)")
h("M4", "脆弱性診断当日記入欄", "M4:N4"); h("M5", "グローバルIP確認"); h("N5", "グローバルIPアドレス")
h("P4", "FQDN", "P4:P5")
h("Q4", "プロバイダ情報", "Q4:R4"); h("Q5", "プロバイダ名"); h("R5", "プロバイダ品目")
h("T4", "回線情報", "T4:X4"); h("T5", "回線事業者"); h("U5", "回線サービス名"); h("V5", "回線ID"); h("W5", "回線名"); h("X5", "回線の種類")
h("Y4", "回線終端装置(ONU/モデム)情報", None); h("Y5", "回線終端装置設置場所 (*)")
h("AA4", "装置(ルータ/UTM/FW)", "AA4:AC4"); h("AA5", "メーカー"); h("AB5", "機種名"); h("AC5", "ファームウェアバージョン")
ls.row_dimensions[4].height = 30
ls.row_dimensions[5].height = 45

cols = ["A", "B", "C", "E", "F", "H", "I", "J", "K", "M", "N", "P", "Q", "R", "T", "U", "V", "W", "X", "Y", "AA", "AB", "AC"]
rows = [
    ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP", "121.119.249.222",
     "入力不要", None, "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ光ネクスト", "CAF0000000",
     "○○回線", "光回線", "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA", "RTX1210", "Rev.14.01.42"],
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP", "192.168.100.1",
     "入力不要", None, None, "IIJ", "IIJ FiberAccess/NF 固定IPサービス", "NTT西日本", "フレッツ 光クロス", "COP8841275",
     "電子カルテ遠隔保守回線", "光回線", "本館B1F 電算室 ラック2 上段", "YAMAHA", "RTX830", "Rev.15.02.30"],
    ["回線2", "調査希望あり", "調査希望なし", "あり", "医事会計（レセコン）", "インターネットVPN", "あり", "固定IP", "210.148.72.36",
     "入力不要", None, "vpn02.enshu-nada.or.jp", "OCN", "OCN光 IPoE 固定IP8", "NTT西日本", "フレッツ光ネクスト ビジネスタイプ", "COP2209367",
     "医事会計保守回線", "光回線", "本館1F 医事課奥 通信ラック", "Cisco", "ISR 1111-4P", "IOS XE 17.9.4a"],
]
r = 6
for row in rows:
    for col, v in zip(cols, row):
        c = ls[f"{col}{r}"]; c.value = v; c.border = box; c.alignment = wrapl
        if row[0] == "記入例":
            c.fill = exf
    r += 1
# empty bordered rows 回線3..回線5
for n in range(3, 6):
    ls[f"A{r}"] = f"回線{n}"
    for col in cols:
        ls[f"{col}{r}"].border = box
    r += 1
ls["A12"] = "回線数"
ls["B12"] = "=COUNTA(F7:F11)"   # no cached value (saved by openpyxl)

for col, key in [("B", "A"), ("C", "A")]:
    dv = DataValidation(type="list", formula1=f"=リスト!$A$1:$A$2", allow_blank=True)
    ls.add_data_validation(dv); dv.add(f"{col}7:{col}11")
dvb = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
ls.add_data_validation(dvb); dvb.add("E7:E11"); dvb.add("I7:I11")
dvc = DataValidation(type="list", formula1="=リスト!$C$1:$C$5", allow_blank=True)
ls.add_data_validation(dvc); dvc.add("H7:H11")
dvd = DataValidation(type="list", formula1="=リスト!$D$1:$D$2", allow_blank=True)
ls.add_data_validation(dvd); dvd.add("J7:J11")
dve = DataValidation(type="list", formula1="=リスト!$E$1:$E$2", allow_blank=True)
ls.add_data_validation(dve); dve.add("M7:M11")
ls.freeze_panes = "B6"
ls.print_area = "A1:AC12"
ls.page_setup.orientation = "landscape"
ls.page_setup.fitToWidth = 1

# ---------------- 調査端末情報記入シート ----------------
ts = wb.create_sheet("調査端末情報記入シート")
for k, v in {"A": 8, "B": 14, "C": 14, "D": 1.5, "E": 14, "F": 17, "G": 24, "H": 1.5, "I": 14, "J": 17,
             "K": 1.5, "L": 26, "M": 30}.items():
    ts.column_dimensions[k].width = v
ts["A1"] = "調査端末情報記入シート"; ts["A1"].font = Font(bold=True, size=14)
ts["A2"] = "調査端末情報（5台）"

def th(ref, t, merge=None):
    c = ts[ref]; c.value = t; c.fill = hdr; c.border = box; c.alignment = wrapc; c.font = bold
    if merge:
        ts.merge_cells(merge)
th("A4", "", "A4:A5")
th("B4", "システム種別 (*)", "B4:B5")
th("C4", "シングル利用 (*)", "C4:C5")
th("E4", "シンクル端末/FAT端末", "E4:G4"); th("E5", "端末ホスト名 (*)"); th("F5", "IPアドレス (*)"); th("G5", "設置場所 (*)")
th("I4", "仮想デスクトップ", "I4:J4"); th("I5", "端末ホスト名"); th("J5", "IPアドレス")
th("L4", "セキュリティ対策製品", "L4:L5")
th("M4", "備考", "M4:M5")
tcols = ["A", "B", "C", "E", "F", "G", "I", "J", "L", "M"]
trows = [
    ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"],
    ["No.1", "電子カルテ", "単体", "HMH-DR-001", "10.20.1.11/16", "本館2F 医局", None, None, "Trend Micro Apex One", None],
    ["No.2", "電子カルテ", "単体", "HMH-NS-301", "10.20.3.21/16", "本館3F 3西病棟 ナースステーション", None, None, "Trend Micro Apex One", "夜勤帯（17:00-翌9:00）は操作不可"],
    ["No.3", "医事会計", "単体", "HMH-IJ-005", "10.30.0.55/24", "本館1F 医事課 受付カウンター", None, None, "ESET PROTECT Entry", "外来受付終了後 15:30以降で操作可"],
    ["No.4", "放射線（PACS）", "仮想デスクトップ", "HMH-TC-410", "10.20.4.10/16", "本館1F 放射線科 操作室", "HMH-VD-410", "10.50.4.10/24", "Microsoft Defender for Endpoint", None],
    ["No.5", "薬剤", "単体", "HMH-YK-002", "10.20.5.2/16", "本館1F 薬剤部 調剤室", None, None, "Trend Micro Apex One", None],
]
r = 6
for row in trows:
    for col, v in zip(tcols, row):
        c = ts[f"{col}{r}"]; c.value = v; c.border = box; c.alignment = wrapl
        if row[0] == "記入例":
            c.fill = exf
    r += 1
dvf = DataValidation(type="list", formula1="=リスト!$F$1:$F$2", allow_blank=True)
ts.add_data_validation(dvf); dvf.add("C7:C11")
ts.print_area = "A1:M11"
ts.page_setup.orientation = "landscape"
ts.page_setup.fitToWidth = 1

# ---------------- 設置場所記入シート ----------------
fs = wb.create_sheet("設置場所記入シート")
fs["A1"] = "設置場所記入シート（平面図を貼付し、調査対象機器の位置を記入）"; fs["A1"].font = Font(bold=True, size=14)
font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
fnt = ImageFont.truetype(font_path, 15)
small = ImageFont.truetype(font_path, 12)
img = Image.new("RGB", (820, 520), (250, 250, 245))
d = ImageDraw.Draw(img)
d.text((10, 6), "浜松南病院 本館 フロア図（B1F / 1F / 2F / 3F）", fill="black", font=fnt)
floors = [((10, 34, 400, 270), "B1F"), ((420, 34, 810, 270), "1F"), ((10, 285, 400, 510), "2F"), ((420, 285, 810, 510), "3F")]
for b, t in floors:
    d.rectangle(b, outline="black", width=3)
    d.text((b[0] + 6, b[1] + 4), t, fill="black", font=fnt)
def room(b, t):
    d.rectangle(b, outline="dimgray", width=2)
    d.multiline_text((b[0] + 4, b[1] + 4), t, fill="black", font=small)
room((30, 70, 200, 180), "電算室")
room((440, 70, 560, 150), "医事課")
room((570, 70, 680, 150), "放射線科\n操作室")
room((690, 70, 800, 150), "薬剤部\n調剤室")
room((30, 320, 200, 420), "医局")
room((440, 320, 640, 430), "3西病棟\nナースステーション")
def bubble(x, y, tx, ty, t, color):
    d.line((x, y, tx, ty), fill=color, width=2)
    d.ellipse((x - 6, y - 6, x + 6, y + 6), fill=color)
    w = 8 + 8 * len(t)
    d.rounded_rectangle((tx, ty, tx + w, ty + 22), radius=6, outline=color, width=2, fill="white")
    d.text((tx + 5, ty + 3), t, fill=color, font=small)
bubble(120, 160, 220, 200, "回線1 ONU / RTX830", "red")
bubble(545, 88, 440, 190, "回線2 ONU / ISR1111", "red")
bubble(100, 400, 220, 440, "No.1 HMH-DR-001", "blue")
bubble(520, 410, 600, 460, "No.2 HMH-NS-301", "blue")
bubble(500, 140, 450, 230, "No.3 HMH-IJ-005", "blue")
bubble(620, 140, 640, 200, "No.4 HMH-TC-410", "blue")
bubble(740, 140, 660, 240, "No.5 HMH-YK-002", "blue")
png = os.path.join(tempfile.mkdtemp(), "floor.png")
img.save(png)
xi = XLImage(png)
xi.anchor = "A3"
fs.add_image(xi)
fs.column_dimensions["N"].width = 24
fs.column_dimensions["O"].width = 36
fs["N3"] = "吹き出し"; fs["O3"] = "設置場所"
for c in (fs["N3"], fs["O3"]):
    c.fill = hdr; c.border = box; c.font = bold
leg = [
    ("回線1 回線終端装置", "本館B1F 電算室 ラック2 上段"),
    ("回線2 回線終端装置", "本館1F 医事課奥 通信ラック"),
    ("No.1 HMH-DR-001", "本館2F 医局"),
    ("No.2 HMH-NS-301", "本館3F 3西病棟 ナースステーション"),
    ("No.3 HMH-IJ-005", "本館1F 医事課 受付カウンター"),
    ("No.4 HMH-TC-410", "本館1F 放射線科 操作室"),
    ("No.5 HMH-YK-002", "本館1F 薬剤部 調剤室"),
]
r = 4
for a, b in leg:
    fs[f"N{r}"] = a; fs[f"O{r}"] = b
    fs[f"N{r}"].border = box; fs[f"O{r}"].border = box
    r += 1

# ---------------- アカウント(ログインID)・パスワードリスト (提出不要, but left in and filled) ----------------
ps = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
for k, v in {"A": 8, "B": 12, "C": 16, "D": 22, "E": 20, "F": 26, "G": 30}.items():
    ps.column_dimensions[k].width = v
ps["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"; ps["A1"].font = Font(bold=True, size=14)
ps["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"; ps["A3"].font = bold
for col, t in zip("ABCDEF", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    c = ps[f"{col}4"]; c.value = t; c.fill = hdr; c.border = box
dev_rows = [
    ("回線1", "YAMAHA", "RTX830", "hmhadmin", "Rtx830-Ensh!2024", "Adm1n#Hama830"),
    ("回線2", "Cisco", "ISR 1111-4P", "ciscoadm", "Isr1111$Ijika", "En@ble-7788"),
]
r = 5
for row in dev_rows:
    for col, v in zip("ABCDEF", row):
        c = ps[f"{col}{r}"]; c.value = v; c.border = box
    r += 1
ps["A8"] = "■調査端末(シンクル端末/FAT端末)"; ps["A8"].font = bold
for col, t in zip("ABCDE", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    c = ps[f"{col}9"]; c.value = t; c.fill = hdr; c.border = box
term_rows = [
    ("端末1", "HMH-DR-001", "10.20.1.11/16", "ikyoku01", "Dr001#hm"),
    ("端末2", "HMH-NS-301", "10.20.3.21/16", "ns3west", "Ns301!west"),
    ("端末3", "HMH-IJ-005", "10.30.0.55/24", "iji005", "Iji-0055a"),
    ("端末4", "HMH-TC-410", "10.20.4.10/16", "rad410", "Pacs410@rt"),
    ("端末5", "HMH-YK-002", "10.20.5.2/16", "yaku002", "Yk002$ph"),
]
r = 10
for row in term_rows:
    for col, v in zip("ABCDE", row):
        c = ps[f"{col}{r}"]; c.value = v; c.border = box
    r += 1
ps["A16"] = "備考(接続先情報など)"
ps["B16"] = "RTX830はWeb GUI (https://10.20.0.1) から。ISRはコンソールケーブル要（医事課奥ラック）"

wb.move_sheet("リスト", offset=len(wb.sheetnames) - 1 - wb.sheetnames.index("リスト"))  # hidden list sheet last
wb.active = wb.sheetnames.index("基本情報記入シート")
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("written", out)
