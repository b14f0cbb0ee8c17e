# Generator for lds-w46-a-official-multisheet-dropdowns.xlsx
# Role: programme secretariat style workbook (five sheets with the briefing's sheet names, dropdowns,
# two-row headers, 記入例 rows), filled by a hospital IT person. Saved by openpyxl only (formula
# callouts on the floor-plan sheet and the password-list sheet have no cached values).
import sys, os
sys.path.insert(0, "/tmp/lds_bv_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w46-a-official-multisheet-dropdowns.xlsx"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
LAB = PatternFill("solid", fgColor="F2F2F2")
EX = PatternFill("solid", fgColor="FFF2CC")
INP = PatternFill("solid", fgColor="FFFFFF")
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, font=None, align=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill
            if font:
                c.font = font
            if align:
                c.alignment = align


def draw_floorplan(path):
    img = Image.new("RGB", (960, 620), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 18)
    fs = ImageFont.truetype(FONT, 14)
    d.text((20, 10), "丸亀みなと病院 本館 1F・2F 平面図（抜粋）", font=f, fill="black")
    # 1F
    d.rectangle((20, 50, 470, 600), outline="black", width=3)
    d.text((30, 55), "本館 1F", font=f, fill="black")
    rooms1 = [((30, 90, 240, 230), "外来受付"), ((250, 90, 460, 230), "医事課 事務室"),
              ((30, 240, 240, 420), "放射線科 読影室"), ((250, 240, 460, 420), "放射線科 機械室"),
              ((30, 430, 460, 590), "外来待合")]
    for (r, t) in rooms1:
        d.rectangle(r, outline="black", width=2)
        d.text((r[0] + 8, r[1] + 6), t, font=fs, fill="black")
    # 2F
    d.rectangle((490, 50, 940, 600), outline="black", width=3)
    d.text((500, 55), "本館 2F", font=f, fill="black")
    rooms2 = [((500, 90, 720, 300), "サーバー室"), ((730, 90, 930, 300), "情報管理室"),
              ((500, 310, 930, 590), "会議室・更衣室")]
    for (r, t) in rooms2:
        d.rectangle(r, outline="black", width=2)
        d.text((r[0] + 8, r[1] + 6), t, font=fs, fill="black")
    # device marks
    for (x, y, t) in [(600, 200, "ONU①"), (350, 160, "ONU③"), (350, 330, "ONU②")]:
        d.ellipse((x - 10, y - 10, x + 10, y + 10), fill="red")
        d.text((x + 14, y - 10), t, font=fs, fill="red")
    for (x, y, t) in [(130, 160, "PC1"), (350, 190, "PC3"), (130, 330, "PC4")]:
        d.rectangle((x - 9, y - 9, x + 9, y + 9), fill="blue")
        d.text((x + 14, y - 10), t, font=fs, fill="blue")
    img.save(path)


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 20
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 28
ws.column_dimensions["E"].width = 16
ws.column_dimensions["F"].width = 34
ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "※黄色セルはプルダウンから選択してください。担当者は4名まで記入できます。"

ws["B4"] = "本施策の同意確認"
ws.merge_cells("C4:E4")
ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["F4"] = "同意する"
box(ws, "B4:F4", align=WRAP)
ws["B4"].fill = LAB
ws["F4"].fill = EX
ws.row_dimensions[4].height = 45
dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("F4")

ws["B6"] = "■お客様情報（医療機関情報）"
ws["B6"].font = B
ws["B7"] = "医療機関名"
ws["C7"] = "丸亀みなと病院"
ws.merge_cells("C7:D7")
ws["E7"] = "(かな)"
ws["F7"] = "まるがめみなとびょういん"
ws.merge_cells("B8:B10")
ws["B8"] = "住所"
ws["C8"] = "〒"
ws["D8"] = "763-0011"
ws["C9"] = "住所"
ws["D9"] = "香川県丸亀市港町12番地3"
ws["E9"] = "(かな)"
ws["F9"] = "かがわけんまるがめしみなとまち12ばんち3"
ws["C10"] = "ビル名"
ws["E10"] = "(かな)"
ws["B11"] = "病床数"
ws["C11"] = 199
ws["D11"] = "床"
box(ws, "B7:F11", align=WRAP)
for c in ("B7", "B8", "B11", "E7", "C8", "C9", "C10", "E9", "E10"):
    ws[c].fill = LAB

ws["B13"] = "■担当者情報"
ws["B13"].font = B
hdr = ["", "所属・役職", "担当者名", "電話番号", "メールアドレス"]
for i, h in enumerate(hdr):
    ws.cell(row=14, column=2 + i, value=h)
box(ws, "B14:F14", fill=HEAD, font=B, align=CEN)
contacts = [
    ("事務部 情報管理室 主任", "香西 健太", "0877-22-5110", "kosai-k@marugame-minato.or.jp"),
    ("事務部 総務課 課長", "大西 由美", "0877-22-5111", "onishi-y@marugame-minato.or.jp"),
]
for i in range(4):
    r = 15 + i
    ws.cell(row=r, column=2, value=f"担当者{i + 1}")
    if i < len(contacts):
        for j, v in enumerate(contacts[i]):
            ws.cell(row=r, column=3 + j, value=v)
box(ws, "B15:F18", align=WRAP)

ws["B20"] = "■申込内容の確認"
ws["B20"].font = B
ws["B21"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("B21:C21")
ws["D21"] = "香西 健太"
box(ws, "B21:D21", align=WRAP)
ws["B21"].fill = LAB
ws["B22"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = "(*)は必須項目です。記入例の行は削除しないでください。回線が6回線以上ある場合は行を追加してください。"
cols = [
    # (group, header, width)
    ("", "", 8),
    ("調査希望", "技術バージョン確認 (*)", 14),
    ("調査希望", "脆弱性診断 (*)", 14),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)", 18),
    ("", "用途・システム名 (*)", 18),
    ("回線と紐付くグローバルIPアドレス", "通信形態 (*)", 16),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)", 11),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)", 11),
    ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)", 17),
    ("脆弱性診断当日記入欄", "グローバルIP確認", 11),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", 17),
    ("", "FQDN", 14),
    ("プロバイダ情報", "プロバイダ名", 12),
    ("プロバイダ情報", "プロバイダ品目", 22),
    ("回線情報", "回線の種類", 10),
    ("回線情報", "回線事業者", 12),
    ("回線情報", "回線サービス名", 30),
    ("回線情報", "回線ID", 14),
    ("回線情報", "回線名", 16),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", 26),
    ("機器情報(ルータ/UTM/FW)", "メーカー", 12),
    ("機器情報(ルータ/UTM/FW)", "機種名", 16),
    ("機器情報(ルータ/UTM/FW)", "ファームウェアバージョン", 14),
]
from openpyxl.utils import get_column_letter as L
HR1, HR2 = 4, 5
for i, (g, h, w) in enumerate(cols, start=1):
    wl.column_dimensions[L(i)].width = w
    wl.cell(row=HR1, column=i, value=g if g else h)
    wl.cell(row=HR2, column=i, value=h if g else None)
# merge group headers / single headers spanning both rows
i = 1
while i <= len(cols):
    g = cols[i - 1][0]
    if not g:
        wl.merge_cells(start_row=HR1, start_column=i, end_row=HR2, end_column=i)
        i += 1
        continue
    j = i
    while j + 1 <= len(cols) and cols[j][0] == g:
        j += 1
    if j > i:
        wl.merge_cells(start_row=HR1, start_column=i, end_row=HR1, end_column=j)
    i = j + 1
box(wl, f"A{HR1}:{L(len(cols))}{HR2}", fill=HEAD, font=B, align=CEN)
wl.row_dimensions[HR1].height = 30
wl.row_dimensions[HR2].height = 60

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス", "光回線",
           "NTT東日本", "フレッツ 光ネクスト ビジネスタイプ", "CAF0000000000", "電子カルテ保守回線",
           "本部棟 3F サーバー室 -1番ラック 3U", "○○社", "XG-1000B", "1.0.0"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ（リモート保守）", "インターネットVPN", "あり", "固定IP",
     "122.208.41.77", "入力不要", None, None, "OCN", "OCN光 IPoE 固定IP1", "光回線",
     "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ", "COP12345678", "電カル保守VPN回線",
     "本館2F サーバー室 ラック1 上段", "Fortinet", "FortiGate 60F", "v7.2.8"],
    ["回線2", "調査希望あり", "調査希望なし", "あり", "PACS（画像保守）", "閉域網", "なし", None,
     None, None, None, None, None, None, "光回線",
     "NTT西日本", "フレッツ・VPN ワイド", "COP23456789", "PACS保守回線",
     "本館1F 放射線科 機械室", "YAMAHA", "RTX1220", "Rev.15.04.24"],
    ["回線3", "調査希望あり", "調査希望あり", "あり", "医事会計（オンライン請求）", "インターネット", "あり", "動的IP",
     "153.156.20.98", "確認済み", "153.156.20.98", None, "BIGLOBE", "ビッグローブ光", "光回線",
     "NTT西日本", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "COP34567890", "医事ネット回線",
     "本館1F 医事課 事務室 書庫上", "NEC", "UNIVERGE IX2106", "10.8.21"],
]
r = HR2 + 1
for i, v in enumerate(example, start=1):
    wl.cell(row=r, column=i, value=v or None)
box(wl, f"A{r}:{L(len(cols))}{r}", fill=EX, align=WRAP)
first_line_row = r + 1
for k in range(5):
    rr = first_line_row + k
    if k < len(lines):
        for i, v in enumerate(lines[k], start=1):
            wl.cell(row=rr, column=i, value=v)
    else:
        wl.cell(row=rr, column=1, value=f"回線{k + 1}")
    box(wl, f"A{rr}:{L(len(cols))}{rr}", align=WRAP)
last_line_row = first_line_row + 4
for (col, opts) in [("B", "調査希望あり,調査希望なし"), ("C", "調査希望あり,調査希望なし"), ("D", "あり,なし"),
                    ("F", "インターネット,インターネットVPN,閉域網,モバイル回線,その他"), ("G", "あり,なし"),
                    ("H", "固定IP,動的IP"), ("J", "確認済み,入力不要")]:
    d = DataValidation(type="list", formula1=f'"{opts}"', allow_blank=True)
    wl.add_data_validation(d)
    d.add(f"{col}{first_line_row}:{col}{last_line_row}")
wl.freeze_panes = wl.cell(row=HR2 + 1, column=2)

# second table: port information
pr = last_line_row + 3
wl.cell(row=pr, column=1, value="■機器のポート情報（装置と接続する回線と機器の詳細　※別紙2-2参照）").font = B
ph = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for i, h in enumerate(ph, start=1):
    wl.cell(row=pr + 1, column=i, value=h)
box(wl, f"A{pr + 1}:H{pr + 1}", fill=HEAD, font=B, align=CEN)
ports = [
    ("回線1", "FortiGate 60F", "internal1", "電子カルテサーバ (EMR-SV01)", "192.168.10.10", 443, "HTTPS", "接続あり"),
    ("回線1", "FortiGate 60F", "internal2", "保守用端末 (MNT-PC01)", "192.168.10.50", 3389, "RDP", "接続あり"),
    ("回線2", "RTX1220", "LAN1", "PACSサーバ (PACS-SV01)", "192.168.20.10", 104, "DICOM(TCP)", "接続あり"),
    ("回線3", "UNIVERGE IX2106", "GE1", "レセコン (IJI-PC-01)", "192.168.30.21", 443, "HTTPS", "接続あり"),
]
for k, p in enumerate(ports):
    for i, v in enumerate(p, start=1):
        wl.cell(row=pr + 2 + k, column=i, value=v)
box(wl, f"A{pr + 2}:H{pr + 1 + len(ports)}", align=WRAP)

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "調査を希望する端末（PC）を5台選定し記入してください。電子カルテ端末から1台、主要な部門システムから1台ずつを推奨します。"
th = [("", "", 8), ("", "システム種別 (*)", 16), ("", "シングル利用 (*)", 14),
      ("シンクル端末/FAT端末", "端末ホスト名 (*)", 16), ("シンクル端末/FAT端末", "IPアドレス (*)", 18),
      ("シンクル端末/FAT端末", "設置場所 (*)", 28), ("仮想デスクトップ", "端末ホスト名", 16),
      ("仮想デスクトップ", "IPアドレス", 18), ("", "セキュリティ対策製品", 24), ("", "備考", 30)]
for i, (g, h, w) in enumerate(th, start=1):
    wt.column_dimensions[L(i)].width = w
    wt.cell(row=4, column=i, value=g if g else h)
    wt.cell(row=5, column=i, value=h if g else None)
    if not g:
        wt.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
wt.merge_cells("D4:F4")
wt.merge_cells("G4:H4")
box(wt, "A4:J5", fill=HEAD, font=B, align=CEN)
wt.row_dimensions[5].height = 30
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24",
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for i, v in enumerate(tex, start=1):
    wt.cell(row=6, column=i, value=v)
box(wt, "A6:J6", fill=EX, align=WRAP)
terms = [
    ["No.1", "電子カルテ", "単体", "EMR-PC-101", "192.168.10.101/24", "本館1F 外来受付", None, None,
     "Trend Micro Apex One", "端末操作可能時間：12:00-13:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "EMR-TC-205", "192.168.10.205/24", "本館3F 3階病棟 ナースステーション",
     "VDI-EMR-205", "172.16.1.205/24", "Trend Micro Apex One", None],
    ["No.3", "医事会計", "単体", "IJI-PC-01", "192.168.30.21/24", "本館1F 医事課 事務室", None, None,
     "Microsoft Defender", "操作時は医事課長の立会い必須"],
    ["No.4", "PACS（画像参照）", "単体", "PACS-VW-02", "192.168.20.52/24", "本館1F 放射線科 読影室", None, None,
     "ESET Endpoint Security", None],
    ["No.5", "臨床検査", "単体", "LAB-PC-01", "192.168.40.11/24", "本館B1F 検査科", None, None,
     "Trend Micro Apex One", "端末操作可能時間：14:00-16:00"],
]
for k, t in enumerate(terms):
    for i, v in enumerate(t, start=1):
        wt.cell(row=7 + k, column=i, value=v)
box(wt, "A7:J11", align=WRAP)
d = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(d)
d.add("C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート"
wp["A1"].font = Font(bold=True, size=14)
wp["A2"] = "平面図（またはフロア図）の画像を貼り付け、調査対象の回線終端装置・端末の位置に吹き出しを配置してください。"
png = "/tmp/w46-lds-bv-helper/lds_a_floor.png"
draw_floorplan(png)
im = XLImage(png)
im.width, im.height = 720, 465
wp.add_image(im, "A4")
wp.column_dimensions["N"].width = 60
wp["N4"] = "吹き出し（自動表示）"
wp["N4"].font = B
callouts = []
for k in range(3):
    rr = first_line_row + k
    callouts.append(f"=\"回線{k + 1}：\"&'回線・機器情報記入シート'!T{rr}&\" / \"&'回線・機器情報記入シート'!V{rr}")
for k in range(5):
    callouts.append(f"=\"端末No.{k + 1}：\"&'調査端末情報記入シート'!D{7 + k}&\" / \"&'調査端末情報記入シート'!F{7 + k}")
for k, f in enumerate(callouts):
    wp.cell(row=5 + k, column=14, value=f)

# ---------------------------------------------------------------- アカウント(ログインID)・パスワードリスト
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wa["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】"
wa["A1"].font = Font(bold=True, size=14, color="FF0000")
wa["A2"] = "※本シートは事務局への提出は不要です。現地調査当日までに情報を整理してください。"
wa["A4"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], start=1):
    wa.cell(row=5, column=i, value=h)
box(wa, "A5:F5", fill=HEAD, font=B, align=CEN)
for k in range(3):
    rr = first_line_row + k
    wa.cell(row=6 + k, column=1, value=f"回線{k + 1}")
    wa.cell(row=6 + k, column=2, value=f"='回線・機器情報記入シート'!U{rr}")
    wa.cell(row=6 + k, column=3, value=f"='回線・機器情報記入シート'!V{rr}")
box(wa, "A6:F8")
wa["A11"] = "■調査端末(シンクル端末/FAT端末)"
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], start=1):
    wa.cell(row=12, column=i, value=h)
box(wa, "A12:E12", fill=HEAD, font=B, align=CEN)
for k in range(5):
    wa.cell(row=13 + k, column=1, value=f"端末{k + 1}")
    wa.cell(row=13 + k, column=2, value=f"='調査端末情報記入シート'!D{7 + k}")
    wa.cell(row=13 + k, column=3, value=f"='調査端末情報記入シート'!E{7 + k}")
box(wa, "A13:E17")
for c in "ABCDEF":
    wa.column_dimensions[c].width = 22

wb.save(os.path.join(OUT, NAME))
print("saved", NAME)
