#!/usr/bin/python3
"""lds-w19-b: a hospital IT person's own redraw of 別紙2-1: 項目：値 cells for the basic info, lines as a
vertical (transposed) table with a 記入例 column, single-row terminal table, floor-plan image with typed
callouts, password list left in the workbook. Re-saved by LibreOffice.
Planted: 固定IP with a private address (回線1); 脆弱性診断 requested on a 閉域網 line without global IP (回線2);
password list filled in and sent along (提出不要)."""
import io, json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from openpyxl.utils import get_column_letter
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave19/line-device-survey"
NAME = "lds-w19-b-transposed-lines-label-value"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()
# ------------------------------------------------------------------ 基本情報
ws = wb.active
ws.title = "基本情報"
ws.column_dimensions["A"].width = 26
for col in "BCDE":
    ws.column_dimensions[col].width = 26
ws["A1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　基本情報"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "さかえ記念病院 情報管理室 作成（2024/9/20 更新）"
basic_cells = [
    ("A4", "本施策の同意確認：同意する"),
    ("A6", "医療機関名：社会医療法人栄和会 さかえ記念病院"),
    ("A7", "医療機関名（かな）：しゃかいいりょうほうじんえいわかい さかえきねんびょういん"),
    ("A8", "郵便番号：〒460-0008"),
    ("A9", "住所：愛知県名古屋市中区栄四丁目7番21号"),
    ("A10", "住所（かな）：あいちけんなごやしなかくさかえ4ちょうめ7ばん21ごう"),
    ("A11", "ビル名：さかえメディカルプラザ"),
    ("A12", "ビル名（かな）：さかえめでぃかるぷらざ"),
    ("A13", "病床数：120床"),
]
for ref, v in basic_cells:
    ws[ref] = v
ws["A15"] = "担当者"
ws["A15"].font = Font(bold=True)
hdr = ["No.", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for k, h in enumerate(hdr, 1):
    c = ws.cell(row=16, column=k, value=h)
    c.fill = HEAD
contacts = [
    ("情報管理室 室長", "山本 浩二", "052-261-7788", "k-yamamoto@sakae-kinen.or.jp"),
    ("情報管理室", "伊藤 真由美", "052-261-7788（内線402）", "m-ito@sakae-kinen.or.jp"),
    ("放射線科 技師長", "中村 隆", "052-261-7790", "t-nakamura@sakae-kinen.or.jp"),
]
for i, row in enumerate(contacts):
    ws.cell(row=17 + i, column=1, value=i + 1)
    for k, v in enumerate(row, 2):
        ws.cell(row=17 + i, column=k, value=v)
ws.cell(row=20, column=1, value=4)
box(ws, "A16:E20")
ws["A22"] = "申込内容の確認　確認者名：山本 浩二"

# ------------------------------------------------------------------ 回線情報 (transposed)
wl = wb.create_sheet("回線情報")
wl["A1"] = "回線・機器情報（電子カルテ系ネットワークに接続する回線）"
wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "※(*)必須　※記入例の列は参考です"
items = [
    ("lineName", "回線名"),
    ("lineKind", "回線の種類"),
    ("versionCheck", "調査希望：技術バージョン確認(*)"),
    ("vulnerabilityScan", "調査希望：脆弱性診断(*)"),
    ("ehrConnection", "電子カルテシステムと接続するNWとの接続(*)"),
    ("purpose", "用途・システム名(*)"),
    ("communicationType", "通信形態(*)"),
    ("globalIpUse", "グローバルIP利用(*)"),
    ("ipAssignment", "固定IP／動的IP(*)"),
    ("globalIpAddress", "グローバルIPアドレス(*)"),
    ("diagnosisDayCheck", "【脆弱性診断当日】グローバルIP確認"),
    ("diagnosisDayAddress", "【脆弱性診断当日】グローバルIPアドレス"),
    ("fqdn", "FQDN"),
    ("provider", "プロバイダ名"),
    ("providerService", "プロバイダ品目"),
    ("carrier", "回線事業者"),
    ("carrierService", "回線サービス名"),
    ("lineId", "回線ID"),
    ("terminationLocation", "回線終端装置設置場所(*)"),
    ("deviceMaker", "ルータ/UTM/FW メーカー"),
    ("deviceModel", "ルータ/UTM/FW 機種名"),
    ("firmwareVersion", "ファームウェアバージョン"),
]
example = dict(lineName="○○回線", lineKind="光回線", versionCheck="希望あり", vulnerabilityScan="希望あり",
               ehrConnection="有", purpose="電子カルテ", communicationType="インターネットVPN", globalIpUse="有",
               ipAssignment="固定IP", globalIpAddress="121.119.249.222", diagnosisDayCheck="入力不要",
               fqdn="example.xxx", provider="NTT東日本", providerService="Bフレッツサービス",
               terminationLocation="本部棟 3F サーバー室")
# as written in the cells (synonyms 有/無, 希望あり/希望なし)
written = [
    dict(lineName="本館光回線（電カル保守用）", lineKind="光回線", versionCheck="希望あり",
         vulnerabilityScan="希望あり", ehrConnection="有", purpose="電子カルテ（ベンダ保守）",
         communicationType="インターネットVPN", globalIpUse="有", ipAssignment="固定IP",
         globalIpAddress="192.168.100.1", diagnosisDayCheck="入力不要", provider="BIGLOBE",
         providerService="BIGLOBE光 固定IP1", carrier="NTT西日本", carrierService="フレッツ 光ネクスト ビジネスタイプ",
         lineId="CAF3390125478", terminationLocation="4F 情報管理室 サーバラック1 上段", deviceMaker="ヤマハ",
         deviceModel="RTX1220", firmwareVersion="Rev.15.04.05"),
    dict(lineName="地域連携IP-VPN", lineKind="閉域IP-VPN", versionCheck="希望あり", vulnerabilityScan="希望あり",
         ehrConnection="有", purpose="地域医療連携（検査結果送信）", communicationType="閉域網", globalIpUse="無",
         diagnosisDayCheck="入力不要", carrier="NTT西日本", carrierService="フレッツ・VPN ワイド",
         lineId="COP5520381764", terminationLocation="4F 情報管理室 サーバラック2", deviceMaker="NEC",
         deviceModel="UNIVERGE IX2106", firmwareVersion="Ver.10.2.16"),
    dict(lineName="放射線科光回線（遠隔読影）", lineKind="光回線", versionCheck="希望なし", vulnerabilityScan="希望あり",
         ehrConnection="有", purpose="PACS（遠隔読影）", communicationType="インターネットVPN", globalIpUse="有",
         ipAssignment="固定IP", globalIpAddress="180.12.203.77", diagnosisDayCheck="入力不要",
         fqdn="pacs-vpn.sakae-kinen.or.jp", provider="OCN", providerService="OCN光 IPoE IPv4固定IP",
         carrier="NTT西日本", carrierService="フレッツ 光クロス", lineId="CAF7012846631",
         terminationLocation="3F 放射線科 操作室 壁面棚", deviceMaker="Cisco", deviceModel="ISR1111-4P",
         firmwareVersion="17.9.4a"),
]
wl["A4"] = "項目"
wl["B4"] = "記入例"
for i in range(3):
    wl.cell(row=4, column=3 + i, value=f"回線{i + 1}")
for c in wl["A4:E4"][0]:
    c.fill = HEAD
    c.font = Font(bold=True)
wl["B4"].fill = GRAY
ROW = {}
for j, (key, label) in enumerate(items):
    r = 5 + j
    ROW[key] = r
    wl.cell(row=r, column=1, value=label)
    if key in example:
        c = wl.cell(row=r, column=2, value=example[key])
    wl.cell(row=r, column=2).fill = GRAY
    for i, line in enumerate(written):
        if key in line:
            wl.cell(row=r, column=3 + i, value=line[key])
box(wl, f"A4:E{4 + len(items)}")
wl.column_dimensions["A"].width = 40
wl.column_dimensions["B"].width = 20
for col in "CDE":
    wl.column_dimensions[col].width = 32
for row in wl[f"A5:E{4 + len(items)}"]:
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="center")

# ------------------------------------------------------------------ 調査端末
wt = wb.create_sheet("調査端末")
wt["A1"] = "調査端末（5台）"
wt["A1"].font = Font(bold=True, size=13)
thdr = ["No.", "システム種別(*)", "利用形態(*)\n単体／仮想デスクトップ", "端末ホスト名(*)", "IPアドレス(*)\n(CIDR表記)",
        "設置場所(*)", "仮想デスクトップ\nホスト名", "仮想デスクトップ\nIPアドレス", "セキュリティ対策製品", "備考"]
for k, h in enumerate(thdr, 1):
    c = wt.cell(row=3, column=k, value=h)
    c.fill = HEAD
    c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
wt.row_dimensions[3].height = 45
terminals = [
    dict(systemType="電子カルテ", usage="単体", hostName="SKE-EMR-401", ipAddress="10.10.4.21/24",
         location="4F 病棟ナースステーション", securityProduct="Microsoft Defender for Endpoint",
         remarks="操作可能：14:00～16:00"),
    dict(systemType="電子カルテ", usage="仮想デスクトップ", hostName="SKE-TC-105", ipAddress="10.10.1.105/24",
         location="1F 外来受付", vdiHostName="VDI-EMR-105", vdiIpAddress="10.20.0.105/22",
         securityProduct="Microsoft Defender for Endpoint"),
    dict(systemType="医事（レセプト）", usage="単体", hostName="SKE-IJI-02", ipAddress="10.10.1.32/24",
         location="1F 医事課", securityProduct="ウイルスバスター ビジネスセキュリティ"),
    dict(systemType="放射線（PACS）", usage="単体", hostName="SKE-PACS-01", ipAddress="10.10.3.51/24",
         location="3F 放射線科 操作室", securityProduct="ESET PROTECT Essential"),
    dict(systemType="薬剤", usage="単体", hostName="SKE-YAK-01", ipAddress="10.10.2.61/24", location="2F 薬剤部",
         securityProduct="Microsoft Defender", remarks="調剤時間帯（9時～11時）は避けてください"),
]
torder = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
          "securityProduct", "remarks"]
for i, t in enumerate(terminals):
    r = 4 + i
    wt.cell(row=r, column=1, value=i + 1)
    for k, key in enumerate(torder, 2):
        if key in t:
            wt.cell(row=r, column=k, value=t[key])
box(wt, "A3:J8")
for i, w in enumerate([5, 16, 18, 15, 16, 24, 16, 16, 30, 30], 1):
    wt.column_dimensions[get_column_letter(i)].width = w

# ------------------------------------------------------------------ 設置場所 (フロア図)
wf = wb.create_sheet("設置場所")
wf["A1"] = "設置場所（フロア図）"
wf["A1"].font = Font(bold=True, size=13)
font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
fnt = ImageFont.truetype(font_path, 16)
img = Image.new("RGB", (640, 620), (250, 250, 245))
d = ImageDraw.Draw(img)
d.text((10, 6), "さかえ記念病院 フロア図（さかえメディカルプラザ 1F～4F）", font=fnt, fill="black")
floors = ["4F 病棟／情報管理室", "3F 放射線科", "2F 薬剤部", "1F 外来・医事課"]
for i, f in enumerate(floors):
    y0 = 40 + i * 142
    d.rectangle((20, y0, 620, y0 + 132), outline=(40, 40, 40), width=2)
    d.text((28, y0 + 4), f, font=fnt, fill="black")
pts = [(470, 100, "回線1・回線2"), (440, 240, "回線3"), (180, 100, "端末1"), (200, 520, "端末2"),
       (420, 520, "端末3"), (200, 250, "端末4"), (300, 390, "端末5")]
for x, y, t in pts:
    d.rectangle((x - 7, y - 7, x + 7, y + 7), fill=(0, 70, 200))
    d.text((x + 12, y - 11), t, font=fnt, fill=(0, 70, 200))
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "A3"
wf.add_image(xi)
callouts = [
    "回線1 ONU：4F 情報管理室 サーバラック1 上段（RTX1220）",
    "回線2 ONU：4F 情報管理室 サーバラック2（IX2106）",
    "回線3 ONU：3F 放射線科 操作室 壁面棚（ISR1111）",
    "端末1 SKE-EMR-401：4F 病棟ナースステーション",
    "端末2 SKE-TC-105：1F 外来受付",
    "端末3 SKE-IJI-02：1F 医事課",
    "端末4 SKE-PACS-01：3F 放射線科 操作室",
    "端末5 SKE-YAK-01：2F 薬剤部",
]
wf["L3"] = "吹き出し"
wf["L3"].font = Font(bold=True)
for i, t in enumerate(callouts):
    wf[f"L{4 + i}"] = t
wf.column_dimensions["L"].width = 55

# ------------------------------------------------------------------ password list (提出不要, but left in)
wp = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
wp["A1"].font = Font(bold=True, size=13, color="C00000")
wp["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
ph = ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]
for k, h in enumerate(ph, 1):
    wp.cell(row=4, column=k, value=h).fill = HEAD
dev_rows = [("回線1", "ヤマハ", "RTX1220", "admin", "Sk#rtx1220!", "Sk#en2024"),
            ("回線2", "NEC", "UNIVERGE IX2106", "ixadmin", "Ix2106@Sakae", ""),
            ("回線3", "Cisco", "ISR1111-4P", "ciscoadm", "Pacs!Isr1111", "En@ble1111")]
for i, rowv in enumerate(dev_rows):
    for k, v in enumerate(rowv, 1):
        if v != "":
            wp.cell(row=5 + i, column=k, value=v)
box(wp, "A4:F7")
wp["A9"] = "■調査端末(シンクライアント端末/FAT端末)"
th = ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]
for k, h in enumerate(th, 1):
    wp.cell(row=10, column=k, value=h).fill = HEAD
term_rows = [("端末1", "SKE-EMR-401", "10.10.4.21/24", "emruser01", "Emr401#pw"),
             ("端末2", "SKE-TC-105", "10.10.1.105/24", "tcuser105", "Tc105#pw"),
             ("端末3", "SKE-IJI-02", "10.10.1.32/24", "iji02", "Iji02#pw"),
             ("端末4", "SKE-PACS-01", "10.10.3.51/24", "pacsadm", "Pacs01#pw"),
             ("端末5", "SKE-YAK-01", "10.10.2.61/24", "yaku01", "Yak01#pw")]
for i, rowv in enumerate(term_rows):
    for k, v in enumerate(rowv, 1):
        wp.cell(row=11 + i, column=k, value=v)
box(wp, "A10:E15")
for i, w in enumerate([8, 14, 18, 22, 18, 26], 1):
    wp.column_dimensions[get_column_letter(i)].width = w

wb.active = 0
tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
# re-save with LibreOffice, as the hospital's PC did
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)

# ------------------------------------------------------------------ expected
CANON = {"有": "あり", "無": "なし", "希望あり": "調査希望あり", "希望なし": "調査希望なし"}
lines = []
for line in written:
    o = {}
    for k, v in line.items():
        o[k] = CANON.get(v, v) if k in ("versionCheck", "vulnerabilityScan", "ehrConnection", "globalIpUse") else v
    lines.append(o)
col = {0: "C", 1: "D", 2: "E"}
pw_cells = ["アカウント(ログインID)・パスワードリスト!E5", "アカウント(ログインID)・パスワードリスト!F5",
            "アカウント(ログインID)・パスワードリスト!E6", "アカウント(ログインID)・パスワードリスト!E7",
            "アカウント(ログインID)・パスワードリスト!F7"] + \
           [f"アカウント(ログインID)・パスワードリスト!E{11 + i}" for i in range(5)]
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人栄和会 さかえ記念病院",
            "facilityNameKana": "しゃかいいりょうほうじんえいわかい さかえきねんびょういん",
            "postalCode": "460-0008",
            "address": "愛知県名古屋市中区栄四丁目7番21号",
            "addressKana": "あいちけんなごやしなかくさかえ4ちょうめ7ばん21ごう",
            "building": "さかえメディカルプラザ",
            "buildingKana": "さかえめでぃかるぷらざ",
            "beds": 120,
            "confirmerName": "山本 浩二",
        },
        "contacts": [dict(department=a, name=b, phoneNumber=c, email=e) for a, b, c, e in contacts],
        "lines": lines,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [f"回線情報!{col[0]}{ROW['globalIpAddress']}"], "paths": ["lines[0].globalIpAddress"],
         "why": "固定IP but the グローバルIPアドレス is a private address (192.168.100.1, the router's LAN side)"},
        {"cells": [f"回線情報!{col[1]}{ROW['vulnerabilityScan']}"], "paths": ["lines[1].vulnerabilityScan"],
         "why": "脆弱性診断 調査希望あり on a 閉域網 line with グローバルIP利用 無 (閉域網に接続された回線は対象外)"},
        {"cells": pw_cells, "paths": ["credentials"],
         "why": "アカウント(ログインID)・パスワードリスト (提出不要) left in the submitted workbook with passwords filled in"},
    ],
    "notes": ("Hospital-made redraw, re-saved by LibreOffice. 基本情報 is 項目：値 in single cells (A4–A13, A22; "
              "郵便番号 written 〒460-0008, 病床数 written 120床). Lines are a transposed table on 回線情報: items down "
              "column A, column B is a grey 記入例 column (ignore), columns C/D/E are 回線1–3. Answers written with "
              "synonyms 有/無 and 希望あり/希望なし (canonical あり/なし, 調査希望あり/調査希望なし). 回線2 (閉域網) "
              "has 固定/動的 and address blank. Contact row 4 is empty. Floor plan is a pasted PNG; callouts typed "
              "as text in 設置場所!L4:L11. Password values are deliberately not listed here."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("done")
