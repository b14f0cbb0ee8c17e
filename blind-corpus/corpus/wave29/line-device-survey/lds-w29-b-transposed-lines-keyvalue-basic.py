# Generator for lds-w29-b-transposed-lines-keyvalue-basic.xlsx
# Role: a small urban hospital's 医療情報課 re-drew the 別紙2-1 as a print-friendly workbook:
# 記入要領 sheet first, basic info as 「項目：値」 cells, the line table transposed (items down, 回線1..5 across,
# with a 記入例 column), a hidden choice-list sheet for the drop-downs, a floor plan sheet, and the
# ID/password sheet kept in the file. Planted: password list filled in and shipped; 固定IP with a private address.
import os
import sys
import tempfile

sys.path.insert(0, "/tmp/w29lib")  # openpyxl / Pillow if not installed system-wide

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w29-b-transposed-lines-keyvalue-basic"

thin = Side(style="thin")
hair = Side(style="hair")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="C6E0B4")
GROUP = PatternFill("solid", fgColor="E2EFDA")
EXF = PatternFill("solid", fgColor="EDEDED")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, font=None, align=None):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            if fill:
                c.fill = fill
            if font:
                c.font = font
            if align:
                c.alignment = align


wb = Workbook()

# ---------------------------------------------------------------- 記入要領
ws = wb.active
ws.title = "記入要領"
ws.column_dimensions["A"].width = 110
notes = [
    "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　記入要領（院内用に様式を整理したもの）",
    "",
    "・「1.基本情報」～「4.設置場所」の4シートは記入必須です。",
    "・(*)は必須項目。選択肢のある欄はプルダウンから選択してください。当てはまらない場合は用語を直接記入。",
    "・電子カルテシステムに接続するすべての回線（有線・無線・回線業者不問、ベンダ保守回線を含む）を記入。音声回線は対象外。",
    "・閉域網に接続された回線は脆弱性診断の対象外です。",
    "・グローバルIPアドレスが動的の場合は、脆弱性診断当日にアドレスを再確認し当日記入欄に記入のうえ再アップロード。",
    "・調査端末は電子カルテと接続のある端末を5台選定（電子カルテ端末1台＋主要部門システム各1台を推奨）。",
    "・「5.ID・パスワード」は当日準備用です（事務局への提出は不要）。",
]
for i, t in enumerate(notes, start=1):
    ws.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)
ws["A1"].font = Font(bold=True, size=13)

# ---------------------------------------------------------------- hidden list sheet
lst = wb.create_sheet("list")
choices = {
    "A": ["調査希望あり", "調査希望なし"],
    "B": ["あり", "なし"],
    "C": ["インターネット", "インターネットVPN", "閉域網", "その他"],
    "D": ["固定IP", "動的IP"],
    "E": ["確認済み", "入力不要"],
    "F": ["単体", "仮想デスクトップ"],
    "G": ["光回線", "モバイル回線", "CATV", "ADSL", "その他"],
}
for col, vals in choices.items():
    for i, v in enumerate(vals, start=1):
        lst[f"{col}{i}"] = v
lst.sheet_state = "hidden"

# ---------------------------------------------------------------- 1.基本情報
ws = wb.create_sheet("1.基本情報")
for col, w in zip("ABCDEF", [3, 18, 26, 26, 26, 26]):
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　1．基本情報"
ws["B1"].font = Font(bold=True, size=13)

ws["B3"] = "１．本施策の同意確認（別紙7 規約／別紙8 脆弱性診断における注意事項をご確認のうえ○を記入）"
ws["B3"].font = BOLD
ws["B4"] = "○"
ws["C4"] = "同意する"
ws["D4"] = None
ws["E4"] = "同意しない"
box(ws, "B4:E4", align=CENTER)

ws["B6"] = "２．医療機関情報"
ws["B6"].font = BOLD
kv = [
    "医療機関名：医療法人恵和会　みなと駅前病院",
    "（かな）：いりょうほうじんけいわかい　みなとえきまえびょういん",
    "郵便番号：〒350-1123",
    "住所：埼玉県川越市脇田本町8番地1",
    "（かな）：さいたまけんかわごえしわきたほんちょう8ばんち1",
    "ビル名：川越駅前メディカルビル 3階～6階",
    "（かな）：かわごええきまえめでぃかるびる",
    "病床数：60床",
]
for i, t in enumerate(kv):
    r = 7 + i
    ws.merge_cells(f"B{r}:F{r}")
    ws[f"B{r}"] = t
    box(ws, f"B{r}:F{r}")

ws["B16"] = "３．担当者（4名まで）"
ws["B16"].font = BOLD
ws["B17"] = "項目"
for j in range(4):
    ws.cell(row=17, column=3 + j, value=f"担当者{j + 1}")
box(ws, "B17:F17", fill=HEAD, font=BOLD, align=CENTER)
contact_rows = ["所属・役職", "氏名", "電話番号", "メールアドレス"]
contacts = [
    ["事務長", "小林 誠", "０４９－２４１－７３００", "kobayashi@minato-ekimae.jp"],
    ["医療情報課 係長", "森田 さやか", "049-241-7302", "s.morita@minato-ekimae.jp"],
    ["(株)メディシステム東日本 保守担当", "西川 亮", "090-3345-6712", "r.nishikawa@medisys-east.co.jp"],
]
for i, lab in enumerate(contact_rows):
    r = 18 + i
    ws[f"B{r}"] = lab
    for j, c in enumerate(contacts):
        ws.cell(row=r, column=3 + j, value=c[i])
    box(ws, f"B{r}:F{r}", align=WRAP)
    ws[f"B{r}"].fill = GROUP

ws["B23"] = "４．申込内容の確認"
ws["B23"].font = BOLD
ws.merge_cells("B24:D24")
ws["B24"] = "確認者名（フルネーム）：小林 誠"
box(ws, "B24:D24")

# ---------------------------------------------------------------- 2.回線・機器情報 (transposed)
ws = wb.create_sheet("2.回線・機器情報")
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 30
for c in "CDEFGH":
    ws.column_dimensions[c].width = 26
ws["A1"] = "２．回線・機器情報（回線ごとに縦に記入。C列は記入例）"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "区分"
ws["B3"] = "項目"
ws["C3"] = "記入例"
for j in range(5):
    ws.cell(row=3, column=4 + j, value=f"回線{j + 1}")
box(ws, "A3:H3", fill=HEAD, font=BOLD, align=CENTER)

items = [  # (group, label, key)
    ("調査希望", "技術バージョン確認 (*)", "versionCheck"),
    ("調査希望", "脆弱性診断 (*)", "vulnerabilityScan"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection"),
    ("", "用途・システム名 (*)", "purpose"),
    ("", "回線の種類", "lineKind"),
    ("", "通信形態 (*)", "communicationType"),
    ("グローバルIP", "グローバルIP利用 (*)", "globalIpUse"),
    ("グローバルIP", "固定IP/動的IP (*)", "ipAssignment"),
    ("グローバルIP", "グローバルIPアドレス (*)", "globalIpAddress"),
    ("グローバルIP", "FQDN", "fqdn"),
    ("脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress"),
    ("プロバイダ情報", "プロバイダ名", "provider"),
    ("プロバイダ情報", "プロバイダ品目", "providerService"),
    ("回線情報", "回線事業者", "carrier"),
    ("回線情報", "回線サービス名", "carrierService"),
    ("回線情報", "回線ID", "lineId"),
    ("回線情報", "回線名", "lineName"),
    ("回線終端装置", "回線終端装置設置場所 (*)", "terminationLocation"),
    ("装置(ルータ/UTM/FW)", "メーカー", "deviceMaker"),
    ("装置(ルータ/UTM/FW)", "機種名", "deviceModel"),
    ("装置(ルータ/UTM/FW)", "ファームウェアバージョン", "firmwareVersion"),
]
example = {
    "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
    "purpose": "電子カルテ", "lineKind": "光回線", "communicationType": "インターネットVPN", "globalIpUse": "あり",
    "ipAssignment": "固定IP", "globalIpAddress": "121.119.249.222", "fqdn": "example.xxx",
    "diagnosisDayCheck": "入力不要", "provider": "NTT東日本", "providerService": "Bフレッツサービス",
    "carrier": "NTT東日本", "carrierService": "フレッツ光ネクスト", "lineId": "CAF0000000000", "lineName": "○○回線",
    "terminationLocation": "本部棟 3F サーバー室 -1番ラック 3U", "deviceMaker": "○○社", "deviceModel": "XX-1000",
    "firmwareVersion": "Ver.X.X.X",
}
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ", "lineKind": "光回線", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "153.156.72.18", "fqdn": "vpn.minato-ekimae.jp",
     "diagnosisDayCheck": "入力不要", "provider": "OCN", "providerService": "OCN光 IPoE ビジネス 固定IP",
     "carrier": "NTT東日本", "carrierService": "フレッツ 光クロス", "lineId": "CAF5566778899",
     "lineName": "電カル保守VPN", "terminationLocation": "4F サーバー室 ラックA 2U",
     "deviceMaker": "Sophos", "deviceModel": "XGS 116", "firmwareVersion": "SFOS 20.0.1 MR-1"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "医用画像（PACS）", "lineKind": "光回線", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "192.168.100.1",  # PLANTED: private address for 固定IP
     "diagnosisDayCheck": "入力不要", "provider": "KDDI", "providerService": "au ひかり ビジネス 固定IP",
     "carrier": "KDDI", "carrierService": "auひかり ビジネス", "lineId": "K045677810",
     "lineName": "PACS保守", "terminationLocation": "4F サーバー室 ラックA 5U",
     "deviceMaker": "YAMAHA", "deviceModel": "RTX830", "firmwareVersion": "Rev.15.02.30"},
    {"versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり",
     "purpose": "オンライン資格確認", "lineKind": "光回線", "communicationType": "閉域網", "globalIpUse": "なし",
     "provider": "NTTPCコミュニケーションズ", "providerService": "オンライン資格確認用 IP-VPN接続サービス",
     "carrier": "NTT東日本", "carrierService": "フレッツ 光ネクスト", "lineId": "CAF7788990011",
     "lineName": "オン資回線", "terminationLocation": "3F 事務室 受付カウンター裏"},
    {"versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "透析管理システム保守", "lineKind": "モバイル回線", "communicationType": "インターネットVPN",
     "globalIpUse": "あり", "ipAssignment": "動的IP", "globalIpAddress": "49.98.152.37",
     "provider": "NTTドコモ", "providerService": "home 5G", "carrier": "NTTドコモ", "carrierService": "home 5G",
     "lineName": "透析保守用", "terminationLocation": "5F 透析室 スタッフステーション棚上",
     "deviceMaker": "SHARP", "deviceModel": "HR02"},
]
dvs = {
    "versionCheck": "=list!$A$1:$A$2", "vulnerabilityScan": "=list!$A$1:$A$2", "ehrConnection": "=list!$B$1:$B$2",
    "globalIpUse": "=list!$B$1:$B$2", "communicationType": "=list!$C$1:$C$4", "ipAssignment": "=list!$D$1:$D$2",
    "diagnosisDayCheck": "=list!$E$1:$E$2", "lineKind": "=list!$G$1:$G$5",
}
row_of = {}
prev_group = None
group_start = None
for i, (grp, lab, key) in enumerate(items):
    r = 4 + i
    row_of[key] = r
    ws.cell(row=r, column=2, value=lab)
    ws.cell(row=r, column=3, value=example.get(key))
    for j, ln in enumerate(lines):
        v = ln.get(key)
        if v is not None:
            ws.cell(row=r, column=4 + j, value=v)
    box(ws, f"A{r}:H{r}", align=WRAP)
    ws[f"B{r}"].fill = GROUP
    ws[f"C{r}"].fill = EXF
    ws[f"C{r}"].font = Font(color="7F7F7F", italic=True)
    if key in dvs:
        dv = DataValidation(type="list", formula1=dvs[key], allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"D{r}:H{r}")
# group labels (merged vertically)
i = 0
while i < len(items):
    grp = items[i][0]
    j = i
    while j + 1 < len(items) and items[j + 1][0] == grp and grp:
        j += 1
    if grp:
        if j > i:
            ws.merge_cells(f"A{4 + i}:A{4 + j}")
        ws[f"A{4 + i}"] = grp
        ws[f"A{4 + i}"].alignment = CENTER
        ws[f"A{4 + i}"].fill = GROUP
    i = j + 1
ws.freeze_panes = "D4"
ip_cell = f"E{row_of['globalIpAddress']}"

# ---------------------------------------------------------------- 3.調査端末情報
ws = wb.create_sheet("3.調査端末情報")
heads = ["端末", "システム種別(*)", "利用形態(*)\n単体/仮想デスクトップ", "端末ホスト名(*)", "IPアドレス(*)\n(CIDR表記)",
         "設置場所(*)", "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for j, (h, w) in enumerate(zip(heads, [7, 16, 18, 15, 18, 24, 15, 17, 22, 28]), start=1):
    ws.cell(row=3, column=j, value=h)
    ws.column_dimensions[get_column_letter(j)].width = w
ws["A1"] = "３．調査端末情報（5台）"
ws["A1"].font = Font(bold=True, size=13)
box(ws, "A3:J3", fill=HEAD, font=BOLD, align=CENTER)
terms = [
    ["端末1", "電子カルテ", "単体", "MNT-DR01", "10.10.1.21/24", "4F 外来 第1診察室", None, None,
     "ESET PROTECT Essential", "外来診療中（9:00-12:30）は不可"],
    ["端末2", "電子カルテ", "単体", "MNT-NS03", "10.10.1.43/24", "6F 病棟 ナースステーション", None, None,
     "ESET PROTECT Essential", None],
    ["端末3", "医用画像（PACS）", "単体", "MNT-PACS1", "10.10.2.11/24", "3F 放射線室 操作室", None, None,
     "Microsoft Defender", None],
    ["端末4", "透析管理", "単体", "MNT-HD01", "10.10.3.31/24", "5F 透析室", None, None,
     "ESET PROTECT Essential", "操作可能時間：\n透析終了後 17:30以降"],
    ["端末5", "医事会計", "仮想デスクトップ", "MNT-TC05", "10.10.1.65/24", "3F 受付", "MNT-VDI05", "10.20.0.65/24",
     "Microsoft Defender", None],
]
for i, t in enumerate(terms):
    r = 4 + i
    for j, v in enumerate(t, start=1):
        ws.cell(row=r, column=j, value=v)
    box(ws, f"A{r}:J{r}", align=WRAP)
dv = DataValidation(type="list", formula1="=list!$F$1:$F$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("C4:C8")

# ---------------------------------------------------------------- 4.設置場所
ws = wb.create_sheet("4.設置場所")
ws["A1"] = "４．設置場所（フロア図に回線終端装置・調査端末をプロット）"
ws["A1"].font = Font(bold=True, size=13)
img_path = os.path.join(tempfile.gettempdir(), NAME + "-floors.png")
im = Image.new("RGB", (1000, 760), (250, 250, 245))
d = ImageDraw.Draw(im)
floors = ["3F  reception / office / X-ray", "4F  outpatient / server room", "5F  dialysis", "6F  ward"]
for k, f in enumerate(floors):
    y = 10 + k * 185
    d.rectangle([10, y, 990, y + 175], outline="black", width=3)
    d.text((18, y + 6), f, fill="black")
    d.line([500, y + 25, 500, y + 175], fill="black", width=2)
calls = [
    (0, 30, "Line3 ONU (office, behind counter)"), (0, 520, "T3 MNT-PACS1 (X-ray ctrl)"),
    (0, 300, "T5 MNT-TC05 (reception)"),
    (1, 30, "Line1 ONU + XGS116 (rack A 2U)"), (1, 30, "Line2 ONU + RTX830 (rack A 5U)"),
    (1, 520, "T1 MNT-DR01 (exam room 1)"),
    (2, 30, "Line4 HR02 (staff station shelf)"), (2, 520, "T4 MNT-HD01"),
    (3, 520, "T2 MNT-NS03 (nurse station)"),
]
for fl, x, t in calls:
    y = 10 + fl * 185 + 70 + (45 if t.startswith(("T5", "Line2")) else 0)
    d.rounded_rectangle([x, y, x + 7 * len(t) + 14, y + 26], radius=8, outline="blue", width=2, fill="white")
    d.text((x + 7, y + 7), t, fill="blue")
im.save(img_path)
pic = XLImage(img_path)
pic.width, pic.height = 800, 608
pic.anchor = "A3"
ws.add_image(pic)

# ---------------------------------------------------------------- 5.ID・パスワード (提出不要 but left in, filled)
ws = wb.create_sheet("5.ID・パスワード（提出不要）")
ws["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
ws["A1"].font = Font(bold=True, size=13, color="C00000")
ws["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
hdr = ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]
for j, h in enumerate(hdr, start=1):
    ws.cell(row=4, column=j, value=h)
    ws.column_dimensions[get_column_letter(j)].width = [8, 14, 14, 22, 20, 26][j - 1]
box(ws, "A4:F4", fill=HEAD, font=BOLD)
dev = [
    ["回線1", "Sophos", "XGS 116", "admin", "Mnt!xgs-2024", None],
    ["回線2", "YAMAHA", "RTX830", "(なし)", "rtx830@Keiwa", "Keiwa#enable1"],
    ["回線4", "SHARP", "HR02", "admin", "hr02-Dialysis5F", None],
]
pw_cells = []
for i, rowv in enumerate(dev):
    r = 5 + i
    for j, v in enumerate(rowv, start=1):
        ws.cell(row=r, column=j, value=v)
        if j in (5, 6) and v:
            pw_cells.append(f"E{r}" if j == 5 else f"F{r}")
    box(ws, f"A{r}:F{r}")
ws["A10"] = "■調査端末(シンクル端末/FAT端末)"
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], start=1):
    ws.cell(row=11, column=j, value=h)
box(ws, "A11:E11", fill=HEAD, font=BOLD)
tpw = [
    ["端末1", "MNT-DR01", "10.10.1.21/24", "dr-user01", "Drs0401!"],
    ["端末2", "MNT-NS03", "10.10.1.43/24", "ns-user03", "Ns6F#2024"],
    ["端末3", "MNT-PACS1", "10.10.2.11/24", "pacsadmin", "Pacs-3F-xr"],
    ["端末4", "MNT-HD01", "10.10.3.31/24", "hd-admin", "Hd5F_touseki"],
    ["端末5", "MNT-TC05", "10.10.1.65/24", "iji05", "Iji#Uketsuke5"],
]
for i, rowv in enumerate(tpw):
    r = 12 + i
    for j, v in enumerate(rowv, start=1):
        ws.cell(row=r, column=j, value=v)
    pw_cells.append(f"E{r}")
    box(ws, f"A{r}:E{r}")
ws["A18"] = "備考(接続先情報など)：RTX830はコンソール接続のみ（保守ベンダ確認済み）。"

# sheet order: 記入要領, 1..5, list(hidden) last
wb.move_sheet("list", offset=len(wb.sheetnames) - 1 - wb.sheetnames.index("list"))

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("saved", out)
print("private fixed IP cell:", ip_cell)
print("password cells:", pw_cells)
