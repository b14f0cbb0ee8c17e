#!/usr/bin/python3
"""lds-w5-a-print-sheets: 別紙2-1 drawn as a print-style, multi-sheet workbook (official sheet names),
merged label cells, two-row headers with (*), 記入例 rows, ports table under the line table,
a 記入要領 sheet and a floor-plan picture. Filled completely and correctly (no planted problem)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w5-a-print-sheets"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
EXAMPLE = PatternFill("solid", fgColor="E7E6E6")
REQ = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def put(ws, ref, value, fill=None, bold=False, align=WRAP):
    c = ws[ref]
    c.value = value
    c.alignment = align
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    return c


wb = Workbook()

# ---------------------------------------------------------------- 記入要領
ws0 = wb.active
ws0.title = "記入要領"
ws0.column_dimensions["A"].width = 3
ws0.column_dimensions["B"].width = 110
notes = [
    "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　記入要領",
    "",
    "１．「基本情報記入シート」「回線・機器情報記入シート」「調査端末情報記入シート」「設置場所記入シート」の4シートに記入してください。",
    "２．(*) の付いた項目は記入必須です。黄色のセルはプルダウンから選択してください。",
    "３．記入例の行は消さずにそのまま残してください（記入例は集計の対象外です）。",
    "４．電子カルテシステムに接続するすべての回線（ベンダが院内に設置している保守用回線を含む）を記入してください。音声回線は対象外です。",
    "５．閉域網に接続された回線は脆弱性診断の対象外です。動的IPの回線は脆弱性診断当日にグローバルIPアドレスを確認し、当日記入欄に記入してください。",
    "６．調査端末は5台（電子カルテ端末1台、主要な部門システム端末から1台ずつを推奨）を選定してください。",
    "７．設置場所記入シートには平面図またはフロア図を貼り付け、回線終端装置・調査端末の位置を示してください。",
    "８．アカウント(ログインID)・パスワードは事務局への提出不要です。本ファイルには記入しないでください。",
    "",
    "提出先：医療機関におけるサイバーセキュリティ確保事業 事務局（提出期限 9/30）",
]
for i, t in enumerate(notes, start=2):
    ws0.cell(row=i, column=2, value=t).alignment = Alignment(wrap_text=True)
ws0["B2"].font = Font(bold=True, size=14)

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.create_sheet("基本情報記入シート")
for col, w in zip("ABCDEFGH", [2, 22, 16, 30, 16, 30, 16, 30]):
    ws.column_dimensions[col].width = w
ws.merge_cells("B2:H2")
put(ws, "B2", "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート", bold=True)
ws["B2"].font = Font(bold=True, size=14)

put(ws, "B4", "■本施策の同意確認", bold=True)
ws.merge_cells("B5:C5")
put(ws, "B5", "本施策の同意確認 (*)", HEAD)
ws.merge_cells("D5:F5")
put(ws, "D5", "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください")
put(ws, "G5", "同意する", REQ, align=CENTER)
box(ws, "B5:G5")
ws.row_dimensions[5].height = 45
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("G5")

put(ws, "B7", "■お客様情報（医療機関情報）", bold=True)
ws.merge_cells("B8:C8")
put(ws, "B8", "医療機関名 (*)", HEAD)
put(ws, "D8", "社会医療法人 瀬戸内記念病院")
put(ws, "E8", "(かな)", HEAD, align=CENTER)
ws.merge_cells("F8:H8")
put(ws, "F8", "しゃかいいりょうほうじん せとうちきねんびょういん")

ws.merge_cells("B9:B11")
put(ws, "B9", "住所 (*)", HEAD)
put(ws, "C9", "〒", HEAD, align=CENTER)
put(ws, "D9", "760-0017")
put(ws, "C10", "住所", HEAD, align=CENTER)
put(ws, "D10", "香川県高松市番町四丁目12番3号")
put(ws, "E10", "(かな)", HEAD, align=CENTER)
ws.merge_cells("F10:H10")
put(ws, "F10", "かがわけんたかまつしばんちょうよんちょうめ12ばん3ごう")
put(ws, "C11", "ビル名", HEAD, align=CENTER)
put(ws, "E11", "(かな)", HEAD, align=CENTER)
ws.merge_cells("F11:H11")
ws.merge_cells("B12:C12")
put(ws, "B12", "病床数 (*)", HEAD)
put(ws, "D12", 199)
put(ws, "E12", "床", align=Alignment(horizontal="left", vertical="center"))
box(ws, "B8:H12")

put(ws, "B14", "■担当者情報（4名まで。1名以上は必ず記入してください）", bold=True)
hdr = ["", "所属・役職", "担当者名（氏名）", "電話番号", "メールアドレス"]
for j, h in enumerate(["No.", "所属・役職", "担当者名", "電話番号", "メールアドレス"]):
    put(ws, ws.cell(row=15, column=2 + j).coordinate, h, HEAD, align=CENTER)
contacts = [
    ("情報システム課 課長", "三好 健一", "087-831-5561", "miyoshi-k@setouchi-kinen.or.jp"),
    ("情報システム課 主任", "大西 彩", "087-831-5561", "onishi-a@setouchi-kinen.or.jp"),
    ("事務部 総務課長", "香西 浩二", "087-831-5500", "kozai-k@setouchi-kinen.or.jp"),
]
for i in range(4):
    r = 16 + i
    put(ws, f"B{r}", f"担当者{i + 1}", align=CENTER)
    if i < len(contacts):
        for j, v in enumerate(contacts[i]):
            put(ws, ws.cell(row=r, column=3 + j).coordinate, v)
box(ws, "B15:F19")

put(ws, "B21", "■申込内容の確認", bold=True)
ws.merge_cells("B22:D22")
put(ws, "B22", "記入内容に不備がないかご確認のうえ、担当者の署名をフルネームでご記入ください。")
ws.merge_cells("B23:C23")
put(ws, "B23", "確認者名（医療機関のご担当者名）(*)", HEAD)
put(ws, "D23", "三好 健一")
box(ws, "B23:D23")

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl.merge_cells("B2:L2")
put(wl, "B2", "回線・機器情報記入シート　（電子カルテシステムに接続する回線を1行に1回線ずつ記入）", bold=True)
wl["B2"].font = Font(bold=True, size=13)
widths = {"A": 2, "B": 8}
cols = [
    # (group, label, width)
    ("調査希望", "技術バージョン確認 (*)", 13),
    ("調査希望", "脆弱性診断 (*)", 13),
    (None, "電子カルテシステムと接続するネットワークとの接続 (*)", 16),
    (None, "用途・システム名 (*)", 20),
    ("回線と紐付くグローバルIPアドレス", "通信形態 (*)", 15),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", 10),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", 10),
    ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)", 16),
    ("脆弱性診断当日記入欄", "グローバルIP確認", 11),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", 16),
    (None, "FQDN", 22),
    ("プロバイダ情報", "プロバイダ名", 12),
    ("プロバイダ情報", "プロバイダ品目", 22),
    ("回線情報", "回線事業者", 12),
    ("回線情報", "回線サービス名", 26),
    ("回線情報", "回線ID", 16),
    ("回線情報", "回線名", 16),
    ("回線情報", "回線の種類", 10),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", 26),
    ("装置情報（ルータ/UTM/FW）", "メーカー", 12),
    ("装置情報（ルータ/UTM/FW）", "機種名", 14),
    ("装置情報（ルータ/UTM/FW）", "ファームウェアバージョン", 18),
]
wl.column_dimensions["A"].width = 2
wl.column_dimensions["B"].width = 8
put(wl, "B4", "", HEAD)
wl.merge_cells("B4:B5")
start = 3
# group headers (row 4) and column headers (row 5)
c = start
groups = []
for g, label, w in cols:
    letter = wl.cell(row=4, column=c).column_letter
    wl.column_dimensions[letter].width = w
    if g is None:
        wl.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
        put(wl, f"{letter}4", label, HEAD, align=CENTER)
    else:
        put(wl, f"{letter}5", label, HEAD, align=CENTER)
        if groups and groups[-1][0] == g:
            groups[-1][2] = c
        else:
            groups.append([g, c, c])
    c += 1
for g, c1, c2 in groups:
    if c2 > c1:
        wl.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    put(wl, wl.cell(row=4, column=c1).coordinate, g, HEAD, align=CENTER)
last_col = start + len(cols) - 1
wl.row_dimensions[5].height = 48

example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
           "フレッツ 光ネクスト", "CAF0000000000", "電子カルテ保守回線", "光回線", "本部棟 3F サーバー室 -1番ラック 3U",
           "YAMAHA", "RTX1210", "Rev.14.01.38"]
lines = [
    ["調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "インターネットVPN", "あり", "固定IP",
     "153.142.37.90", "入力不要", "", "vpn01.setouchi-kinen.or.jp", "OCN", "OCN光 IPoE 固定IP1",
     "NTT西日本", "フレッツ 光クロス", "COP0087654321", "電子カルテ保守回線", "光回線",
     "本館1F サーバー室 ラックA 最上段", "Fortinet", "FortiGate 60F", "v7.2.8 build1639"],
    ["調査希望なし", "調査希望あり", "あり", "PACS（画像保守）", "インターネットVPN", "あり", "固定IP",
     "122.216.84.13", "入力不要", "", "", "ASAHIネット", "フレッツ光 固定IPアドレス1個",
     "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "COP0087650012", "PACS保守回線", "光回線",
     "本館B1F 放射線科 機械室 壁面棚", "YAMAHA", "RTX1220", "Rev.15.04.03"],
    ["調査希望あり", "調査希望あり", "あり", "検査（外注検査結果受信）", "インターネット", "あり", "固定IP",
     "27.121.45.206", "入力不要", "", "", "BIGLOBE", "BIGLOBE光 固定IPオプション",
     "NTT西日本", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "COP0087659876", "検査結果受信回線",
     "光回線", "本館1F 検査科 分析装置室 ラック下段", "NEC", "UNIVERGE IX2106", "Ver.10.8.21"],
]
labels = ["記入例", "回線1", "回線2", "回線3", "回線4", "回線5"]
rows = [example] + lines + [None, None]
for i, (lab, vals) in enumerate(zip(labels, rows)):
    r = 6 + i
    put(wl, f"B{r}", lab, EXAMPLE if i == 0 else HEAD, align=CENTER)
    for j in range(len(cols)):
        cell = wl.cell(row=r, column=start + j)
        cell.alignment = WRAP
        if i == 0:
            cell.fill = EXAMPLE
        if vals is not None and vals[j] != "":
            cell.value = vals[j]
    wl.row_dimensions[r].height = 30
box(wl, f"B4:{wl.cell(row=11, column=last_col).column_letter}11")
for rng, opts in [("C7:D11", '"調査希望あり,調査希望なし"'), ("E7:E11", '"あり,なし"'),
                  ("H7:H11", '"あり,なし"'), ("I7:I11", '"固定IP,動的IP"'), ("K7:K11", '"確認済み,入力不要"'),
                  ("G7:G11", '"インターネット,インターネットVPN,閉域網,モバイル回線,その他"')]:
    d = DataValidation(type="list", formula1=opts, allow_blank=True)
    wl.add_data_validation(d)
    d.add(rng)

# second table: ports
put(wl, "B14", "■装置と接続する回線と機器の詳細（ポートごとに1行）", bold=True)
phead = ["回線", "装置（機種名）", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for j, h in enumerate(phead):
    put(wl, wl.cell(row=15, column=2 + j).coordinate, h, HEAD, align=CENTER)
ports = [
    ("回線1", "FortiGate 60F", "wan1", "ONU（回線1）", "153.142.37.90", 4500, "IPsec (UDP)", "接続あり"),
    ("回線1", "FortiGate 60F", "internal1", "電子カルテ基幹L3スイッチ", "192.168.10.1", 443, "HTTPS", "接続あり"),
    ("回線2", "RTX1220", "LAN2", "ONU（回線2）", "122.216.84.13", 500, "IKE (UDP)", "接続あり"),
    ("回線2", "RTX1220", "LAN1", "PACSサーバ", "192.168.30.254", 22, "SSH", "接続あり"),
    ("回線3", "UNIVERGE IX2106", "GE0", "ONU（回線3）", "27.121.45.206", 443, "HTTPS", "接続あり"),
    ("回線3", "UNIVERGE IX2106", "GE1", "検査システムサーバ", "192.168.40.10", 23, "Telnet", "接続なし"),
]
for i, p in enumerate(ports):
    for j, v in enumerate(p):
        cell = wl.cell(row=16 + i, column=2 + j, value=v)
        cell.alignment = WRAP
box(wl, "B15:I21")

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
put(wt, "B2", "調査端末情報記入シート　（調査対象の端末(PC)を5台選定してください）", bold=True)
wt["B2"].font = Font(bold=True, size=13)
for col, w in zip("ABCDEFGHIJK", [2, 8, 16, 14, 16, 18, 24, 16, 18, 26, 30]):
    wt.column_dimensions[col].width = w
wt.merge_cells("B4:B5")
put(wt, "B4", "", HEAD)
for col, lab in [("C", "システム種別 (*)"), ("D", "シングル利用 (*)"), ("J", "セキュリティ対策製品"), ("K", "備考")]:
    wt.merge_cells(f"{col}4:{col}5")
    put(wt, f"{col}4", lab, HEAD, align=CENTER)
wt.merge_cells("E4:G4")
put(wt, "E4", "シンクライアント端末/FAT端末", HEAD, align=CENTER)
wt.merge_cells("H4:I4")
put(wt, "H4", "仮想デスクトップ", HEAD, align=CENTER)
for col, lab in [("E", "端末ホスト名 (*)"), ("F", "IPアドレス (*)"), ("G", "設置場所 (*)"),
                 ("H", "端末ホスト名"), ("I", "IPアドレス")]:
    put(wt, f"{col}5", lab, HEAD, align=CENTER)
terms = [
    ("記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "", "", "Microsoft Defender", "端末操作可能時間：12:00-13:00"),
    ("No.1", "電子カルテ", "単体", "SKH-EMR-0112", "192.168.10.112/24", "本館2F 外来診察室3", "", "",
     "Microsoft Defender for Endpoint", "端末操作可能時間：12:30-13:30"),
    ("No.2", "医事会計", "単体", "SKH-IJI-0021", "192.168.20.21/24", "本館1F 医事課", "", "",
     "ESET Endpoint Security", "月初10日間（レセプト期間）は操作不可"),
    ("No.3", "PACS（画像参照）", "仮想デスクトップ", "SKH-TC-0305", "192.168.10.205/24", "本館3F 東病棟ナースステーション",
     "VDI-PACS-05", "172.16.5.105/24", "Trend Micro Apex One", ""),
    ("No.4", "検査", "単体", "SKH-LAB-0003", "192.168.40.53/24", "本館1F 検査科", "", "",
     "Trend Micro Apex One", ""),
    ("No.5", "放射線（RIS）", "単体", "SKH-RIS-0002", "192.168.30.42/24", "本館B1F 放射線科 操作室", "", "",
     "Microsoft Defender", "放射線科技師長の立会い必須"),
]
for i, t in enumerate(terms):
    r = 6 + i
    for j, v in enumerate(t):
        cell = wt.cell(row=r, column=2 + j)
        if v != "":
            cell.value = v
        cell.alignment = WRAP
        if i == 0:
            cell.fill = EXAMPLE
    wt.row_dimensions[r].height = 30
box(wt, "B4:K11")
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(d)
d.add("D7:D11")

# ---------------------------------------------------------------- 設置場所記入シート
wf = wb.create_sheet("設置場所記入シート")
put(wf, "B2", "設置場所記入シート　（平面図・フロア図を貼り付け、回線終端装置・調査端末の位置を示してください）", bold=True)
wf["B2"].font = Font(bold=True, size=13)
img = Image.new("RGB", (760, 460), "white")
dr = ImageDraw.Draw(img)
dr.rectangle([10, 10, 750, 450], outline="black", width=3)
rooms = [((20, 20, 260, 200), "SERVER ROOM (1F)"), ((270, 20, 500, 200), "IJI-KA (1F)"),
         ((510, 20, 740, 200), "LAB (1F)"), ((20, 260, 360, 440), "OUTPATIENT 3 (2F)"),
         ((370, 260, 740, 440), "RADIOLOGY B1F / WARD 3F")]
for (x0, y0, x1, y1), name in rooms:
    dr.rectangle([x0, y0, x1, y1], outline="black", width=2)
    dr.text((x0 + 8, y0 + 8), name, fill="black")
for (x, y, lab) in [(120, 120, "L1"), (560, 120, "L3"), (600, 330, "L2"), (330, 120, "T2"),
                    (650, 150, "T4"), (150, 360, "T1"), (450, 360, "T3/T5")]:
    dr.ellipse([x - 14, y - 14, x + 14, y + 14], outline="red", width=3)
    dr.text((x - 10, y - 6), lab, fill="red")
png = os.path.join(HERE, NAME + "-floor.png")
img.save(png)
pic = XLImage(png)
wf.add_image(pic, "B4")
callouts = [
    "L1：回線1 ONU・FortiGate 60F（本館1F サーバー室 ラックA 最上段）",
    "L2：回線2 ONU・RTX1220（本館B1F 放射線科 機械室 壁面棚）",
    "L3：回線3 ONU・IX2106（本館1F 検査科 分析装置室 ラック下段）",
    "T1：No.1 SKH-EMR-0112（本館2F 外来診察室3）",
    "T2：No.2 SKH-IJI-0021（本館1F 医事課）",
    "T3：No.3 SKH-TC-0305（本館3F 東病棟ナースステーション）",
    "T4：No.4 SKH-LAB-0003（本館1F 検査科）",
    "T5：No.5 SKH-RIS-0002（本館B1F 放射線科 操作室）",
]
wf.column_dimensions["N"].width = 60
put(wf, "N4", "吹き出し（凡例）", HEAD)
for i, t in enumerate(callouts):
    wf.cell(row=5 + i, column=14, value=t)

for s in wb.worksheets:
    s.page_setup.orientation = "landscape"
    s.page_setup.fitToWidth = 1
    s.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1
wb.save(OUT)
os.remove(png)
print("wrote", OUT)
