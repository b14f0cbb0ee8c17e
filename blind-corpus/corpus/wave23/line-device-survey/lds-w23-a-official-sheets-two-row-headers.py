#!/usr/bin/python3
# Generator for lds-w23-a-official-sheets-two-row-headers.xlsx
# Role: hospital IT staff filling the secretariat's 別紙2-1 with the official sheet names (drawn from the briefing).
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w23-a-official-sheets-two-row-headers"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
REQ = PatternFill("solid", fgColor="FFF2CC")
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()

# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws["A1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※黄色のセルは入力必須です。"
for col, w in zip("ABCDEFGH", [22, 10, 34, 10, 40, 10, 40, 4]):
    ws.column_dimensions[col].width = w

ws["A4"] = "■本施策の同意確認"; ws["A4"].font = B
ws["A5"] = "本施策の同意確認"
ws.merge_cells("B5:E5")
ws["B5"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["B5"].alignment = WRAP
ws["F5"] = "同意する"; ws["F5"].fill = REQ
ws.merge_cells("F5:G5")
dv = DataValidation(type="list", formula1='"同意する,同意しない"', allow_blank=True)
ws.add_data_validation(dv); dv.add("F5")
ws.row_dimensions[5].height = 32
box(ws, "A5:G5")

ws["A7"] = "■お客様情報(医療機関情報)"; ws["A7"].font = B
ws["A8"] = "医療機関名"
ws.merge_cells("B8:C8"); ws["B8"] = "社会医療法人 瀬戸内会 みなと中央病院"
ws["D8"] = "(かな)"
ws.merge_cells("E8:G8"); ws["E8"] = "しゃかいいりょうほうじん せとうちかい みなとちゅうおうびょういん"
ws["A9"] = "住所"; ws["B9"] = "〒"; ws["C9"] = "760-0065"
ws["D9"] = "住所"; ws["E9"] = "香川県高松市朝日町三丁目8番20号"
ws["F9"] = "(かな)"; ws["G9"] = "かがわけん たかまつし あさひまち さんちょうめ 8ばん20ごう"
ws["D10"] = "ビル名"; ws["F10"] = "(かな)"
ws["A11"] = "病床数"; ws["B11"] = 199; ws["B11"].alignment = Alignment(horizontal="left")
ws["C11"] = "床"
for c in ("B8", "E8", "C9", "E9", "G9", "B11"):
    ws[c].fill = REQ
box(ws, "A8:G11")
for r in range(8, 12):
    ws[f"A{r}"].fill = HEAD

ws["A13"] = "■担当者情報（4名まで記入できます）"; ws["A13"].font = B
hdr = ["No.", "", "所属・役職", "", "担当者名", "", "連絡先（電話番号／メールアドレス）"]
ws["A14"] = "担当者"; ws["C14"] = "所属・役職"; ws["E14"] = "担当者名"; ws["G14"] = "電話番号"
ws["H14"] = "メールアドレス"
ws.column_dimensions["H"].width = 34
contacts = [
    ("情報システム課 課長", "香西 健一", "087-821-5566", "kozai@minato-chuo-hp.jp"),
    ("情報システム課 主任", "三好 彩花", "087-821-5566", "miyoshi@minato-chuo-hp.jp"),
    ("事務部 総務課 係長", "多田 浩二", "087-821-5501", "tada@minato-chuo-hp.jp"),
]
for i in range(4):
    r = 15 + i
    ws[f"A{r}"] = f"担当者{i + 1}"
    if i < len(contacts):
        d, n, p, m = contacts[i]
        ws[f"C{r}"] = d; ws[f"E{r}"] = n; ws[f"G{r}"] = p; ws[f"H{r}"] = m
for row in ws["A14:H14"]:
    for c in row:
        c.fill = HEAD; c.font = B
box(ws, "A14:H18")

ws["A20"] = "■申込内容の確認"; ws["A20"].font = B
ws["A21"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("A21:C21")
ws.merge_cells("D21:E21"); ws["D21"] = "香西 健一"; ws["D21"].fill = REQ
box(ws, "A21:E21")
ws["A22"] = "※記入内容に不備がないかご確認いただき、担当者の署名をフルネームでご記入ください。"

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"; wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = "(*)は記入必須項目です。記入例の行は削除せず、回線1から記入してください。"
# two-row headers in rows 3-4
groups = [  # (col_from, col_to, group label or None, [sub labels])
    ("B", "C", "調査希望", ["技術バージョン確認 (*)", "脆弱性診断 (*)"]),
    ("D", "D", None, ["電子カルテシステムと接続するネットワークとの接続 (*)"]),
    ("E", "E", None, ["用途・システム名 (*)"]),
    ("F", "J", "回線情報", ["回線の種類", "回線事業者", "回線サービス名", "回線ID", "回線名"]),
    ("K", "N", "回線と紐付くグローバルIPアドレス", ["通信形態 (*)", "グローバルIP利用 (*)", "固定IP/動的IP (*)", "グローバルIPアドレス (*)"]),
    ("O", "P", "脆弱性診断当日記入欄", ["グローバルIP確認", "グローバルIPアドレス"]),
    ("Q", "Q", None, ["FQDN"]),
    ("R", "S", "プロバイダ情報", ["プロバイダ名", "プロバイダ品目"]),
    ("T", "T", "回線終端装置(ONU/モデム)情報", ["回線終端装置設置場所 (*)"]),
    ("U", "W", "装置情報(ルータ/UTM/FW)", ["メーカー", "機種名", "ファームウェアバージョン"]),
]
from openpyxl.utils import column_index_from_string as ci, get_column_letter as gl
for c0, c1, g, subs in groups:
    i0, i1 = ci(c0), ci(c1)
    if g is None:
        wl.merge_cells(f"{c0}3:{c0}4")
        wl[f"{c0}3"] = subs[0]
    else:
        if i1 > i0:
            wl.merge_cells(f"{c0}3:{c1}3")
        wl[f"{c0}3"] = g
        for k, s in enumerate(subs):
            wl[f"{gl(i0 + k)}4"] = s
wl.merge_cells("A3:A4")
for row in wl["A3:W4"]:
    for c in row:
        c.fill = HEAD; c.font = B; c.alignment = CEN; c.border = BOX
wl.row_dimensions[4].height = 48
wl.column_dimensions["A"].width = 9
widths = {"B": 14, "C": 14, "D": 20, "E": 24, "F": 10, "G": 14, "H": 26, "I": 14, "J": 18, "K": 16, "L": 11,
          "M": 11, "N": 17, "O": 12, "P": 17, "Q": 24, "R": 22, "S": 26, "T": 28, "U": 12, "V": 18, "W": 16}
for k, v in widths.items():
    wl.column_dimensions[k].width = v

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "NTT東日本", "フレッツ 光ネクスト",
           "CAF0000000", "電子カルテ保守用", "インターネットVPN", "あり", "固定IP", "121.119.249.222", "入力不要",
           "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室 -1番ラック 3U",
           "YAMAHA", "RTX1210", "Rev.14.01.xx"]
lines = [
    ["回線1", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "光回線", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ",
     "COP01736452", "電カル保守用回線", "インターネットVPN", "あり", "固定IP", "118.243.76.14", "入力不要", "入力不要",
     None, "NTTコミュニケーションズ(OCN)", "OCN光 IPoE 固定IP1", "本館1F サーバー室 ラック2 上段",
     "YAMAHA", "RTX1220", "Rev.15.04.24"],
    ["回線2", "調査希望あり", "調査希望あり", "あり", "PACS（放射線画像）", "光回線", "NTT西日本", "フレッツ 光クロス",
     "COP02281907", "PACSリモート保守", "インターネットVPN", "あり", "固定IP", "61.117.198.203", "入力不要", "入力不要",
     "pacs-rm.minato-chuo-hp.jp", "BIGLOBE", "BIGLOBE光 固定IPアドレスオプション", "本館B1F 放射線科 機械室",
     "Fortinet", "FortiGate-40F", "v7.2.8"],
    ["回線3", "調査希望なし", "調査希望あり", "あり", "検査システム（外注検査結果受信）", "光回線", "STNet",
     "ピカラ光ねっと ビジネス", "PK-0038841", "検査科 外注検査用", "インターネット", "あり", "動的IP", "180.45.212.77",
     "確認済み", "180.45.212.77", None, "STNet", "ピカラ光ねっと", "2F 検査科 検体受付 奥 壁面ラック",
     "NEC", "UNIVERGE IX2106", "Ver.10.2.42"],
]
for r, vals in enumerate([example] + lines, start=5):
    for k, v in enumerate(vals):
        c = wl.cell(row=r, column=k + 1, value=v)
        c.border = BOX; c.alignment = WRAP
        if r == 5:
            c.fill = EX
for r in range(9, 13):  # empty rows 回線4.. as in a template
    wl.cell(row=r, column=1, value=f"回線{r - 5}")
    for k in range(23):
        wl.cell(row=r, column=k + 1).border = BOX
dv1 = DataValidation(type="list", formula1='"調査希望あり,調査希望なし"', allow_blank=True)
dv2 = DataValidation(type="list", formula1='"あり,なし"', allow_blank=True)
dv3 = DataValidation(type="list", formula1='"固定IP,動的IP"', allow_blank=True)
dv4 = DataValidation(type="list", formula1='"確認済み,入力不要"', allow_blank=True)
dv5 = DataValidation(type="list", formula1='"インターネット,インターネットVPN,閉域網,モバイル回線,その他"', allow_blank=True)
for d, rng in ((dv1, "B5:C12"), (dv2, "D5:D12"), (dv2, "L5:L12"), (dv3, "M5:M12"), (dv4, "O5:O12"), (dv5, "K5:K12")):
    if d not in wl.data_validations.dataValidation:
        wl.add_data_validation(d)
    d.add(rng)

# second table on the same sheet: port information
wl["A15"] = "■装置と接続する回線と機器の詳細（機器のポート情報）"; wl["A15"].font = B
ph = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, h in enumerate(ph):
    c = wl.cell(row=16, column=k + 1, value=h)
    c.fill = HEAD; c.font = B; c.border = BOX; c.alignment = CEN
pex = ["記入例", "端末1", "Com1", "192.168.1.10", "192.168.1.10", 4500, "Telnet", "接続なし"]
ports = [
    ["回線1", "RTX1220", "LAN1", "電子カルテサーバ", "192.168.10.11", 443, "HTTPS", "接続あり"],
    ["回線1", "RTX1220", "LAN2", "電子カルテ保守端末", "192.168.10.250", 3389, "RDP", "接続あり"],
    ["回線2", "FortiGate-40F", "internal1", "PACSサーバ", "192.168.40.10", 104, "DICOM", "接続あり"],
    ["回線3", "UNIVERGE IX2106", "GE1", "検査システムサーバ", "192.168.50.5", 22, "SSH", "接続なし"],
]
for r, vals in enumerate([pex] + ports, start=17):
    for k, v in enumerate(vals):
        c = wl.cell(row=r, column=k + 1, value=v)
        c.border = BOX
        if r == 17:
            c.fill = EX
wl.freeze_panes = "B5"

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"; wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "電子カルテシステムと接続のある端末を5台選定してください（電子カルテ端末1台＋主要部門システム端末を推奨）。"
wt.merge_cells("A3:A4"); wt["A3"] = ""
wt.merge_cells("B3:B4"); wt["B3"] = "システム種別 (*)"
wt.merge_cells("C3:C4"); wt["C3"] = "シングル利用 (*)"
wt.merge_cells("D3:F3"); wt["D3"] = "シンクル端末/FAT端末"
wt["D4"] = "端末ホスト名 (*)"; wt["E4"] = "IPアドレス (*)"; wt["F4"] = "設置場所 (*)"
wt.merge_cells("G3:H3"); wt["G3"] = "仮想デスクトップ"
wt["G4"] = "端末ホスト名"; wt["H4"] = "IPアドレス"
wt.merge_cells("I3:I4"); wt["I3"] = "セキュリティ対策製品"
wt.merge_cells("J3:J4"); wt["J3"] = "備考"
for row in wt["A3:J4"]:
    for c in row:
        c.fill = HEAD; c.font = B; c.alignment = CEN; c.border = BOX
for k, w in zip("ABCDEFGHIJ", [9, 16, 16, 18, 19, 28, 16, 19, 26, 34]):
    wt.column_dimensions[k].width = w
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24",
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terms = [
    ["No.1", "電子カルテ", "単体", "EMR-NS2E-01", "192.168.10.101/24", "東棟2F ナースステーション", None, None,
     "ESET Endpoint Security", "端末操作可能時間：13:00-14:00"],
    ["No.2", "電子カルテ", "仮想デスクトップ", "TC-GAIRAI-03", "192.168.10.123/24", "外来棟1F 内科第3診察室",
     "VDI-EMR-023", "172.16.20.23/24", "Trend Micro Apex One", "午後診療のない水曜午後が望ましい"],
    ["No.3", "医事会計", "単体", "IJI-UKE-01", "192.168.30.11/24", "本館1F 医事課 受付カウンター", None, None,
     "Microsoft Defender", None],
    ["No.4", "PACS（画像参照）", "単体", "PACS-VW-02", "192.168.40.52/24", "本館B1F 放射線科 読影室", None, None,
     "Microsoft Defender", "操作時は放射線科技師長の立会い必須"],
    ["No.5", "検査システム", "単体", "LAB-KENSA-01", "192.168.50.21/24", "2F 検査科 検体受付", None, None,
     "ESET Endpoint Security", None],
]
for r, vals in enumerate([tex] + terms, start=5):
    for k, v in enumerate(vals):
        c = wt.cell(row=r, column=k + 1, value=v)
        c.border = BOX; c.alignment = WRAP
        if r == 5:
            c.fill = EX
dvu = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True)
wt.add_data_validation(dvu); dvu.add("C5:C10")

# ---------------------------------------------------------------- 設置場所記入シート (floor plan picture)
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート（平面図の画像を貼り付け、吹き出しを設置場所に配置してください）"
wf["A1"].font = Font(bold=True, size=12)
font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(font_path, 18)
fs = ImageFont.truetype(font_path, 14)
d.text((20, 10), "みなと中央病院 本館1F・B1F／東棟2F 平面図（抜粋）", fill="black", font=f)
rooms = [((20, 50, 300, 250), "本館1F サーバー室"), ((300, 50, 600, 250), "本館1F 医事課"),
         ((600, 50, 880, 250), "外来棟1F 内科診察室"), ((20, 290, 300, 540), "本館B1F 放射線科"),
         ((300, 290, 600, 540), "2F 検査科"), ((600, 290, 880, 540), "東棟2F ナースステーション")]
for (x0, y0, x1, y1), lab in rooms:
    d.rectangle((x0, y0, x1, y1), outline="black", width=3)
    d.text((x0 + 10, y0 + 8), lab, fill="black", font=f)
marks = [((150, 160), "回線1 ONU/RTX1220"), ((120, 420), "回線2 ONU/FG-40F"), ((420, 420), "回線3 ONU/IX2106"),
         ((690, 420), "端末No.1"), ((700, 170), "端末No.2"), ((420, 170), "端末No.3"), ((120, 480), "端末No.4"),
         ((420, 480), "端末No.5")]
for (x, y), lab in marks:
    d.ellipse((x - 8, y - 8, x + 8, y + 8), fill="red")
    d.text((x + 12, y - 10), lab, fill="red", font=fs)
os.makedirs("/tmp/lds_scratch", exist_ok=True)
png = "/tmp/lds_scratch/lds-a-floor.png"
img.save(png)
xi = XLImage(png)
wf.add_image(xi, "B3")
wf["N3"] = "【吹き出し】"
callouts = ["回線1：本館1F サーバー室 ラック2 上段", "回線2：本館B1F 放射線科 機械室", "回線3：2F 検査科 検体受付 奥 壁面ラック",
            "No.1 EMR-NS2E-01：東棟2F ナースステーション", "No.2 TC-GAIRAI-03：外来棟1F 内科第3診察室",
            "No.3 IJI-UKE-01：本館1F 医事課", "No.4 PACS-VW-02：本館B1F 放射線科 読影室", "No.5 LAB-KENSA-01：2F 検査科"]
for i, t in enumerate(callouts):
    wf.cell(row=4 + i, column=14, value=t)

# ---------------------------------------------------------------- password list (提出不要, left unfilled)
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　【提出不要】　※当日までに院内で整理してください"
wp["A1"].font = Font(bold=True, color="C00000")
wp["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
for k, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    c = wp.cell(row=4, column=k + 1, value=h); c.fill = HEAD; c.border = BOX
for i, (mk, md) in enumerate([("YAMAHA", "RTX1220"), ("Fortinet", "FortiGate-40F"), ("NEC", "UNIVERGE IX2106")]):
    for k, v in enumerate([f"回線{i + 1}", mk, md, None, None, None]):
        wp.cell(row=5 + i, column=k + 1, value=v).border = BOX
wp["A10"] = "■調査端末(シンクル端末/FAT端末)"
for k, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    c = wp.cell(row=11, column=k + 1, value=h); c.fill = HEAD; c.border = BOX
for i, t in enumerate(terms):
    for k, v in enumerate([f"端末{i + 1}", t[3], t[4], None, None]):
        wp.cell(row=12 + i, column=k + 1, value=v).border = BOX
for k, w in zip("ABCDEF", [8, 16, 20, 22, 16, 26]):
    wp.column_dimensions[k].width = w

wb.save(OUT)
print("saved", OUT)
