#!/usr/bin/python3
"""lds-w19-a: 別紙2-1 drawn like the secretariat's multi-sheet file (two-row headers, 記入例 rows,
hidden 選択肢 sheet, floor plan image with formula callouts). Filled completely and correctly."""
import io, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave19/line-device-survey"
NAME = "lds-w19-a-secretariat-multisheet"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
EXFILL = PatternFill("solid", fgColor="F2F2F2")
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
ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "※黄色のセルは記入必須です。"
for col, w in zip("ABCDEFG", [22, 6, 14, 10, 40, 8, 48]):
    ws.column_dimensions[col].width = w

ws["A4"] = "本施策の同意確認"
ws.merge_cells("B4:E4")
ws["B4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
ws["G4"] = "同意する"
ws["G4"].fill = REQ
ws.row_dimensions[4].height = 36
for c in ("A4", "B4"):
    ws[c].alignment = WRAP
box(ws, "A4:G4")

ws["A6"] = "■お客様情報(医療機関情報)"
ws["A6"].font = Font(bold=True)
ws["A7"] = "医療機関名"
ws.merge_cells("B7:E7")
ws["B7"] = "医療法人社団青葉会　みなみ野中央病院"
ws["F7"] = "(かな)"
ws["G7"] = "いりょうほうじんしゃだんあおばかい　みなみのちゅうおうびょういん"
ws.merge_cells("A8:A9")
ws["A8"] = "住所"
ws["B8"] = "〒"
ws["C8"] = "192-0916"
ws["D8"] = "住所"
ws["E8"] = "東京都八王子市みなみ野三丁目12番5号"
ws["F8"] = "(かな)"
ws["G8"] = "とうきょうとはちおうじし みなみのさんちょうめ12ばん5ごう"
ws["D9"] = "ビル名"
ws["F9"] = "(かな)"
ws["A10"] = "病床数"
ws["B10"] = 199
ws["C10"] = "床"
for r in range(7, 11):
    ws[f"A{r}"].fill = HEAD
box(ws, "A7:G10")

ws["A12"] = "■担当者情報（4名まで）"
ws["A12"].font = Font(bold=True)
ws["A13"], ws["B13"], ws["D13"], ws["E13"], ws["G13"] = "担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"
ws.merge_cells("B13:C13")
ws.merge_cells("E13:F13")
for c in ("A13", "B13", "D13", "E13", "G13"):
    ws[c].fill = HEAD
    ws[c].alignment = CENTER
contacts = [
    ("事務部 情報システム課 課長", "佐藤 健一", "042-637-1101", "k-sato@minamino-chuo-hp.jp"),
    ("事務部 情報システム課 主任", "高橋 美咲", "042-637-1101", "m-takahashi@minamino-chuo-hp.jp"),
]
for i in range(4):
    r = 14 + i
    ws[f"A{r}"] = f"担当者{i + 1}"
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"E{r}:F{r}")
    if i < len(contacts):
        d, n, p, m = contacts[i]
        ws[f"B{r}"], ws[f"D{r}"], ws[f"E{r}"], ws[f"G{r}"] = d, n, p, m
box(ws, "A13:G17")

ws["A19"] = "■申込内容の確認"
ws["A19"].font = Font(bold=True)
ws.merge_cells("A20:C20")
ws["A20"] = "確認者名(医療機関のご担当者名)"
ws.merge_cells("D20:E20")
ws["D20"] = "佐藤 健一"
ws["D20"].fill = REQ
box(ws, "A20:E20")
ws["A21"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

# ---------------------------------------------------------------- hidden list sheet
lst = wb.create_sheet("選択肢")
choices = {
    "A": ["同意する"],
    "B": ["調査希望あり", "調査希望なし"],
    "C": ["あり", "なし"],
    "D": ["インターネット", "インターネットVPN", "閉域網", "モバイル", "その他"],
    "E": ["固定IP", "動的IP"],
    "F": ["確認済み", "入力不要"],
    "G": ["単体", "仮想デスクトップ"],
    "H": ["電子カルテ", "医事", "PACS", "検査", "薬剤", "地域医療連携", "その他"],
}
for col, vals in choices.items():
    for i, v in enumerate(vals, 1):
        lst[f"{col}{i}"] = v
lst.sheet_state = "hidden"


def dv(sheet, col, n, rng):
    d = DataValidation(type="list", formula1=f"=選択肢!${col}$1:${col}${n}", allow_blank=True)
    sheet.add_data_validation(d)
    d.add(rng)


dv(ws, "A", 1, "G4")

# ---------------------------------------------------------------- 回線・機器情報記入シート
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=14)
wl["A2"] = ("電子カルテシステムに接続する全ての回線（ベンダ保守回線を含む。音声回線は除く）を1行ずつご記入ください。"
            "(*)は必須項目です。記入例の行は削除しないでください。")
groups = [  # (first col, last col, group title or None, [sub headers])
    ("B", "C", "調査希望", ["技術バージョン確認 (*)", "脆弱性診断 (*)"]),
    ("D", "D", None, ["電子カルテシステムと接続するネットワークとの接続 (*)"]),
    ("E", "E", None, ["用途・システム名 (*)"]),
    ("F", "F", None, ["通信形態 (*)"]),
    ("G", "G", None, ["グローバルIP利用 (*)"]),
    ("H", "H", None, ["固定IP/動的IP (*)"]),
    ("I", "I", None, ["グローバルIPアドレス (*)"]),
    ("J", "K", "脆弱性診断当日記入欄", ["グローバルIP確認", "グローバルIPアドレス"]),
    ("L", "L", None, ["FQDN"]),
    ("M", "N", "プロバイダ情報", ["プロバイダ名", "プロバイダ品目"]),
    ("O", "Q", "回線情報", ["回線事業者", "回線サービス名", "回線ID"]),
    ("R", "R", "回線終端装置(ONU/モデム)情報", ["回線終端装置設置場所 (*)"]),
    ("S", "U", "装置情報（ルータ/UTM/FW）", ["メーカー", "機種名", "ファームウェアバージョン"]),
]
from openpyxl.utils import column_index_from_string, get_column_letter
for first, last, title, subs in groups:
    a, b = column_index_from_string(first), column_index_from_string(last)
    if title is None:
        wl.merge_cells(f"{first}4:{first}5")
        wl[f"{first}4"] = subs[0]
    else:
        if a != b:
            wl.merge_cells(f"{first}4:{last}4")
        wl[f"{first}4"] = title
        for k, s in enumerate(subs):
            wl[f"{get_column_letter(a + k)}5"] = s
for row in wl["A4:U5"]:
    for c in row:
        c.fill = HEAD
        c.alignment = CENTER
        c.border = BOX
wl.row_dimensions[4].height = 30
wl.row_dimensions[5].height = 60
widths = [8, 14, 14, 16, 26, 18, 12, 12, 17, 12, 17, 24, 14, 24, 14, 30, 16, 30, 12, 16, 14]
for i, w in enumerate(widths, 1):
    wl.column_dimensions[get_column_letter(i)].width = w

example = ["記入例", "調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
           "フレッツ光ネクスト", "CAF0000000000", "本部棟 3F サーバー室 -1番ラック 3U", "メーカーA", "Router-01", "X.X.X"]
lines = [
    dict(label="回線1", versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="電子カルテ（ベンダリモート保守）", communicationType="インターネットVPN", globalIpUse="あり",
         ipAssignment="固定IP", globalIpAddress="60.43.118.201", diagnosisDayCheck="入力不要",
         fqdn="vpn.minamino-chuo-hp.jp", provider="OCN", providerService="OCN光 IPv4固定IP1",
         carrier="NTT東日本", carrierService="フレッツ 光クロス", lineId="CAF2203817645",
         terminationLocation="本館1F サーバ室 ラックA 2U", deviceMaker="Fortinet", deviceModel="FortiGate-60F",
         firmwareVersion="v7.2.8"),
    dict(label="回線2", versionCheck="調査希望なし", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="PACS（画像管理システム保守）", communicationType="インターネットVPN", globalIpUse="あり",
         ipAssignment="動的IP", globalIpAddress="126.75.40.18", diagnosisDayCheck="確認済み",
         diagnosisDayAddress="126.75.41.203", provider="So-net", providerService="So-net 光 プラス",
         carrier="NTT東日本", carrierService="フレッツ 光ネクスト ビジネスタイプ", lineId="CAF5512093384",
         terminationLocation="本館B1F 放射線科 機械室 壁面", deviceMaker="YAMAHA", deviceModel="RTX1220",
         firmwareVersion="Rev.15.04.04"),
    dict(label="回線3", versionCheck="調査希望あり", vulnerabilityScan="調査希望なし", ehrConnection="あり",
         purpose="地域医療連携", communicationType="閉域網", globalIpUse="なし",
         diagnosisDayCheck="入力不要", carrier="NTT東日本", carrierService="フレッツ・VPN ワイド",
         lineId="CAF7781205569", terminationLocation="本館2F 地域連携室 収納棚上段", deviceMaker="NEC",
         deviceModel="UNIVERGE IX2215", firmwareVersion="Ver.10.7.18"),
]
order = ["label", "versionCheck", "vulnerabilityScan", "ehrConnection", "purpose", "communicationType",
         "globalIpUse", "ipAssignment", "globalIpAddress", "diagnosisDayCheck", "diagnosisDayAddress", "fqdn",
         "provider", "providerService", "carrier", "carrierService", "lineId", "terminationLocation",
         "deviceMaker", "deviceModel", "firmwareVersion"]
for k, v in enumerate(example, 1):
    c = wl.cell(row=6, column=k, value=v)
    c.fill = EXFILL
    c.font = Font(color="808080")
for i, line in enumerate(lines):
    r = 7 + i
    for k, key in enumerate(order, 1):
        if key in line:
            wl.cell(row=r, column=k, value=line[key])
for i in range(3, 5):
    wl.cell(row=7 + i, column=1, value=f"回線{i + 1}")
box(wl, "A6:U11")
dv(wl, "B", 2, "B7:C11")
dv(wl, "C", 2, "D7:D11")
dv(wl, "D", 5, "F7:F11")
dv(wl, "C", 2, "G7:G11")
dv(wl, "E", 2, "H7:H11")
dv(wl, "F", 2, "J7:J11")

# second table: device ports
wl["A14"] = "■装置と接続する回線と機器の詳細（ポート情報）"
wl["A14"].font = Font(bold=True)
port_hdr = ["回線", "装置", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, h in enumerate(port_hdr, 1):
    c = wl.cell(row=15, column=k, value=h)
    c.fill = HEAD
    c.alignment = CENTER
ports = [
    ("回線1", "FortiGate-60F", "wan1", "ONU（回線1）", "60.43.118.201", 443, "HTTPS", "接続あり"),
    ("回線1", "FortiGate-60F", "internal1", "電子カルテ系コアスイッチ", "192.168.10.254", 22, "SSH", "接続あり"),
    ("回線2", "RTX1220", "LAN1", "PACSサーバ", "192.168.40.10", 104, "TCP", "接続あり"),
    ("回線2", "RTX1220", "LAN3", "保守用PC", "192.168.40.99", 3389, "RDP", "接続なし"),
]
for i, p in enumerate(ports):
    for k, v in enumerate(p, 1):
        wl.cell(row=16 + i, column=k, value=v)
box(wl, "A15:H19")
wl.freeze_panes = "B6"

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=14)
wt["A2"] = "電子カルテ端末から1台、その他主要な部門システムから1台ずつ、計5台をご選定ください。(*)は必須項目です。"
tgroups = [
    ("B", "B", None, ["システム種別 (*)"]),
    ("C", "C", None, ["シングル利用 (*)"]),
    ("D", "F", "シンクル端末/FAT端末", ["端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)"]),
    ("G", "H", "仮想デスクトップ", ["端末ホスト名", "IPアドレス"]),
    ("I", "I", None, ["セキュリティ対策製品"]),
    ("J", "J", None, ["備考"]),
]
for first, last, title, subs in tgroups:
    a, b = column_index_from_string(first), column_index_from_string(last)
    if title is None:
        wt.merge_cells(f"{first}4:{first}5")
        wt[f"{first}4"] = subs[0]
    else:
        wt.merge_cells(f"{first}4:{last}4")
        wt[f"{first}4"] = title
        for k, s in enumerate(subs):
            wt[f"{get_column_letter(a + k)}5"] = s
for row in wt["A4:J5"]:
    for c in row:
        c.fill = HEAD
        c.alignment = CENTER
        c.border = BOX
for i, w in enumerate([8, 16, 16, 16, 18, 28, 14, 18, 24, 30], 1):
    wt.column_dimensions[get_column_letter(i)].width = w
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for k, v in enumerate(tex, 1):
    c = wt.cell(row=6, column=k, value=v)
    c.fill = EXFILL
    c.font = Font(color="808080")
terminals = [
    dict(systemType="電子カルテ", usage="単体", hostName="EMR-NS3E-01", ipAddress="192.168.20.31/24",
         location="本館3F 東病棟ナースステーション", securityProduct="Trend Micro Apex One",
         remarks="端末操作可能時間：13:00-15:00"),
    dict(systemType="電子カルテ", usage="単体", hostName="EMR-OPD-12", ipAddress="192.168.20.112/24",
         location="本館1F 外来 第5診察室", securityProduct="Trend Micro Apex One",
         remarks="外来診療中(9:00-12:30)は操作不可"),
    dict(systemType="医事", usage="単体", hostName="IJI-PC01", ipAddress="192.168.30.21/24",
         location="本館1F 医事課", securityProduct="Microsoft Defender"),
    dict(systemType="PACS", usage="単体", hostName="PACS-VW02", ipAddress="192.168.40.52/24",
         location="本館B1F 放射線科 読影室", securityProduct="ESET Endpoint Security"),
    dict(systemType="検査", usage="仮想デスクトップ", hostName="LAB-TC05", ipAddress="192.168.50.15/24",
         location="本館2F 検査科 検体受付", vdiHostName="VDI-LAB05", vdiIpAddress="172.16.5.105/24",
         securityProduct="Trend Micro Apex One", remarks="シンクライアント端末。VDIは仮想基盤側で調査"),
]
torder = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
          "securityProduct", "remarks"]
for i, t in enumerate(terminals):
    r = 7 + i
    wt.cell(row=r, column=1, value=f"No.{i + 1}")
    for k, key in enumerate(torder, 2):
        if key in t:
            wt.cell(row=r, column=k, value=t[key])
box(wt, "A6:J11")
dv(wt, "G", 2, "C7:C11")

# ---------------------------------------------------------------- 設置場所記入シート
wf = wb.create_sheet("設置場所記入シート")
wf["A1"] = "設置場所記入シート"
wf["A1"].font = Font(bold=True, size=14)
wf["A2"] = "平面図（またはフロア図）を貼り付け、調査対象の回線終端装置・端末の位置に吹き出しを配置してください。"

font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
fnt = ImageFont.truetype(font_path, 18)
small = ImageFont.truetype(font_path, 14)
img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
d.text((10, 5), "みなみ野中央病院 本館 1F／2F／B1F 平面図（抜粋）", font=fnt, fill="black")
rooms = [((20, 50, 300, 250), "1F サーバ室"), ((300, 50, 600, 250), "1F 医事課"),
         ((600, 50, 880, 250), "1F 外来 第5診察室"), ((20, 300, 300, 540), "B1F 放射線科 機械室/読影室"),
         ((300, 300, 600, 540), "2F 地域連携室"), ((600, 300, 880, 540), "2F 検査科 / 3F 東病棟NS")]
for (x0, y0, x1, y1), label in rooms:
    d.rectangle((x0, y0, x1, y1), outline="black", width=3)
    d.text((x0 + 10, y0 + 8), label, font=small, fill="black")
marks = [(150, 150, "ONU1"), (120, 430, "ONU2"), (420, 420, "ONU3"), (450, 160, "PC3"), (740, 160, "PC2"),
         (180, 480, "PC4"), (720, 420, "PC5"), (820, 480, "PC1")]
for x, y, t in marks:
    d.ellipse((x - 9, y - 9, x + 9, y + 9), fill="red")
    d.text((x + 12, y - 10), t, font=small, fill="red")
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "B4"
wf.add_image(xi)
# callouts (generated from the line / terminal sheets, as the template does)
wf["N4"] = "吹き出し（自動表示）"
wf["N4"].font = Font(bold=True)
LS, TS = "'回線・機器情報記入シート'", "'調査端末情報記入シート'"
for i in range(3):
    r = 7 + i
    wf[f"N{5 + i}"] = f'="ONU{i + 1}："&{LS}!A{r}&" "&{LS}!E{r}&" / "&{LS}!R{r}'
for i in range(5):
    r = 7 + i
    wf[f"N{8 + i}"] = f'="PC{i + 1}："&{TS}!D{r}&" "&{TS}!F{r}'
wf.column_dimensions["N"].width = 70

wb.move_sheet("選択肢", offset=10)
wb.active = 0
path = os.path.join(OUT, NAME + ".xlsx")
wb.save(path)

# ---------------------------------------------------------------- expected
vals = {
    "basicInfo": {
        "consent": "同意する",
        "facilityName": "医療法人社団青葉会　みなみ野中央病院",
        "facilityNameKana": "いりょうほうじんしゃだんあおばかい　みなみのちゅうおうびょういん",
        "postalCode": "192-0916",
        "address": "東京都八王子市みなみ野三丁目12番5号",
        "addressKana": "とうきょうとはちおうじし みなみのさんちょうめ12ばん5ごう",
        "beds": 199,
        "confirmerName": "佐藤 健一",
    },
    "contacts": [dict(department=d_, name=n, phoneNumber=p, email=m) for d_, n, p, m in contacts],
    "lines": [{k: v for k, v in l.items() if k != "label"} for l in lines],
    "ports": [dict(line=p[0], device=p[1], port=p[2], deviceName=p[3], ipAddress=p[4], portNumber=p[5],
                   protocol=p[6], connectionStatus=p[7]) for p in ports],
    "terminals": terminals,
    "floorPlan": {"image": True},
}
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": vals,
    "planted": [],
    "notes": ("Secretariat-style multi-sheet workbook saved by openpyxl. Row 6 of the line and terminal sheets is a "
              "labelled 記入例 row (must be ignored); rows 回線4/回線5 are empty template rows. 回線2 (動的IP) is the "
              "diagnosis-day re-upload: 当日欄 確認済み with the day's address 126.75.41.203 (the address at submission, "
              "126.75.40.18, stays in グローバルIPアドレス). 回線3 is 閉域網 with グローバルIP なし, so 固定/動的 and the "
              "address are blank. No ビル名. Floor plan is a pasted PNG; callouts on 設置場所記入シート are formulas "
              "without cached values. Ports are a second table on the line sheet (A15:H19). Hidden sheet 選択肢 holds "
              "drop-down lists only. No password list sheet (提出不要, left out)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("saved", path)
