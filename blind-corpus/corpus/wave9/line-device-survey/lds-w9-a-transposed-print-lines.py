#!/usr/bin/python3
# Generator for lds-w9-a-transposed-print-lines.xlsx (form line-device-survey, R6)
# Role: a hospital IT person who re-drew 別紙2-1 for printing (A4 landscape, spacer columns,
# borders) and turned the line table on its side (one column per line) because it did not
# fit on paper. No planted problem.
import io, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave9/line-device-survey"
NAME = "lds-w9-a-transposed-print-lines"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
EXF = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def put(ws, ref, v, fill=None, bold=False, align=WRAP):
    c = ws[ref]
    c.value = v
    c.alignment = align
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    return c


wb = Workbook()

# ------------------------------------------------------------------ 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 2      # spacer
ws.column_dimensions["B"].width = 18
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 30
ws.column_dimensions["E"].width = 2      # spacer
ws.column_dimensions["F"].width = 14
ws.column_dimensions["G"].width = 36
put(ws, "B1", "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート", bold=True, align=Alignment())
put(ws, "B2", "※印刷して院内で回覧後、Excelのまま事務局へ提出（ポータルへアップロード）", align=Alignment())

put(ws, "B4", "1．本施策の同意確認", bold=True, align=Alignment())
ws.merge_cells("B5:C5")
put(ws, "B5", "本施策の同意確認\n（別紙7 規約・別紙8 注意事項を確認のうえ選択）", HEAD)
ws.merge_cells("D5:G5")
put(ws, "D5", "☑ 同意する")
box(ws, "B5:G5")
ws.row_dimensions[5].height = 32

put(ws, "B7", "2．医療機関情報（お客様情報）", bold=True, align=Alignment())
rows = [
    ("医療機関名", "医療法人社団 緑風会　みどり台記念病院", "（かな）", "いりょうほうじんしゃだん りょくふうかい みどりだいきねんびょういん"),
    ("〒", "〒760-0017", None, None),
    ("住所", "香川県高松市番町三丁目5番12号", "（かな）", "かがわけんたかまつしばんちょう3ちょうめ5ばん12ごう"),
    ("ビル名", "", "（かな）", ""),
    ("病床数", "148", None, None),
]
r = 8
for lab, val, klab, kval in rows:
    ws.merge_cells(f"B{r}:C{r}")
    put(ws, f"B{r}", lab, HEAD)
    put(ws, f"D{r}", val if val != "" else None)
    if klab:
        put(ws, f"F{r}", klab, HEAD)
        put(ws, f"G{r}", kval if kval != "" else None)
    box(ws, f"B{r}:D{r}")
    box(ws, f"F{r}:G{r}")
    ws.row_dimensions[r].height = 30
    r += 1
# beds written as text "148" on purpose (number stored as text)

put(ws, "B15", "3．担当者情報（4名まで）", bold=True, align=Alignment())
hdr = ["担当者", "所属・役職", "氏名", None, "電話番号", "メールアドレス"]
for col, h in zip("BCDEFG", hdr):
    if h:
        put(ws, f"{col}16", h, HEAD, bold=True, align=CENTER)
contacts = [
    ("事務部 情報システム室 室長", "香西 俊介", "087-831-4410", "kozai-s@midoridai-kinen.example.jp"),
    ("事務部 総務課 係長", "多田 美咲", "087-831-4411", "tada-m@midoridai-kinen.example.jp"),
]
for i in range(4):
    rr = 17 + i
    put(ws, f"B{rr}", f"担当者{i + 1}", HEAD, align=CENTER)
    if i < len(contacts):
        d, n, p, m = contacts[i]
        put(ws, f"C{rr}", d)
        put(ws, f"D{rr}", n)
        put(ws, f"F{rr}", p)
        put(ws, f"G{rr}", m)
    box(ws, f"B{rr}:D{rr}")
    box(ws, f"F{rr}:G{rr}")
    ws.row_dimensions[rr].height = 22

put(ws, "B22", "4．申込内容の確認", bold=True, align=Alignment())
ws.merge_cells("B23:C23")
put(ws, "B23", "確認者名\n（医療機関のご担当者名・フルネーム）", HEAD)
put(ws, "D23", "香西 俊介")
box(ws, "B23:D23")
ws.row_dimensions[23].height = 32
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:G24"

# ------------------------------------------------------------------ 回線・機器情報記入シート (transposed)
wl = wb.create_sheet("回線・機器情報記入シート")
wl.column_dimensions["A"].width = 2
wl.column_dimensions["B"].width = 16
wl.column_dimensions["C"].width = 30
for col in "DEFG":
    wl.column_dimensions[col].width = 26
put(wl, "B1", "回線・機器情報記入シート（縦型：1列＝1回線）　(*)は必須", bold=True, align=Alignment())
put(wl, "B2", "※記入例の列は事務局の例です。回線1～回線3が当院の回線です。", align=Alignment())

items = [
    # (group, label, key)
    ("調査希望", "技術バージョン確認 (*)", "versionCheck"),
    ("調査希望", "脆弱性診断 (*)", "vulnerabilityScan"),
    ("用途", "電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection"),
    ("用途", "用途・システム名 (*)", "purpose"),
    ("回線情報", "回線名", "lineName"),
    ("回線情報", "回線の種類", "lineKind"),
    ("回線情報", "回線事業者", "carrier"),
    ("回線情報", "回線サービス名", "carrierService"),
    ("回線情報", "回線ID", "lineId"),
    ("通信形態・アドレス", "通信形態 (*)", "communicationType"),
    ("通信形態・アドレス", "グローバルIP利用 (*)", "globalIpUse"),
    ("通信形態・アドレス", "固定IP/動的IP (*)", "ipAssignment"),
    ("通信形態・アドレス", "グローバルIPアドレス (*)", "globalIpAddress"),
    ("脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress"),
    ("通信形態・アドレス", "FQDN", "fqdn"),
    ("プロバイダ情報", "プロバイダ名", "provider"),
    ("プロバイダ情報", "プロバイダ品目", "providerService"),
    ("回線終端装置(ONU/モデム)情報", "回線終端装置設置場所 (*)", "terminationLocation"),
    ("機器情報(ルータ/UTM/FW)", "メーカー", "deviceMaker"),
    ("機器情報(ルータ/UTM/FW)", "機種名", "deviceModel"),
    ("機器情報(ルータ/UTM/FW)", "ファームウェアバージョン", "firmwareVersion"),
]
example = {
    "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
    "purpose": "電子カルテ", "lineName": "○○回線", "lineKind": "光回線", "carrier": "NTT東日本",
    "carrierService": "フレッツ光ネクスト", "lineId": "CAF0000000000", "communicationType": "インターネットVPN",
    "globalIpUse": "あり", "ipAssignment": "固定IP", "globalIpAddress": "121.119.249.222",
    "diagnosisDayCheck": "入力不要", "diagnosisDayAddress": "入力不要", "fqdn": "example.xxx",
    "provider": "NTT東日本", "providerService": "Bフレッツサービス",
    "terminationLocation": "本部棟 3F サーバー室 1番ラック 3U", "deviceMaker": "ヤマハ",
    "deviceModel": "RTX1210", "firmwareVersion": "Rev.14.01.xx",
}
lines = [
    {
        "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
        "purpose": "電子カルテ（ベンダリモート保守）", "lineName": "電子カルテ保守回線", "lineKind": "光回線",
        "carrier": "NTT西日本", "carrierService": "フレッツ 光ネクスト ビジネスタイプ", "lineId": "CAF2148836107",
        "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
        "globalIpAddress": "153.142.27.86", "diagnosisDayCheck": "入力不要",
        "provider": "OCN", "providerService": "OCN光 IPoE IPv4固定IP1",
        "terminationLocation": "本館2F サーバー室 ラックA 上段",
        "deviceMaker": "ヤマハ", "deviceModel": "RTX1300", "firmwareVersion": "Rev.23.00.05",
    },
    {
        "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
        "purpose": "PACS（放射線部門システム）保守", "lineName": "放射線保守回線", "lineKind": "光回線",
        "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "CAF2150947712",
        "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "動的IP",
        "globalIpAddress": "118.7.164.203", "diagnosisDayCheck": "確認済み",
        "diagnosisDayAddress": "118.7.171.44", "fqdn": "rad-gw.midoridai-kinen.example.jp",
        "provider": "So-net", "providerService": "So-net 光 10ギガ",
        "terminationLocation": "本館B1F 放射線科 機械室 壁面",
        "deviceMaker": "Fortinet", "deviceModel": "FortiGate-60F", "firmwareVersion": "FortiOS v7.2.8",
    },
    {
        "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり",
        "purpose": "地域医療連携ネットワーク", "lineName": "地域連携回線", "lineKind": "光回線",
        "carrier": "NTT西日本", "carrierService": "フレッツ・VPN ワイド", "lineId": "CAF2139975520",
        "communicationType": "閉域網", "globalIpUse": "なし", "diagnosisDayCheck": "入力不要",
        "terminationLocation": "本館2F サーバー室 ラックB 中段",
        "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2215", "firmwareVersion": "Ver.10.8.21",
    },
]
put(wl, "B4", "区分", HEAD, bold=True, align=CENTER)
put(wl, "C4", "項目", HEAD, bold=True, align=CENTER)
put(wl, "D4", "記入例", EXF, bold=True, align=CENTER)
for j, col in enumerate("EFG"):
    put(wl, f"{col}4", f"回線{j + 1}", HEAD, bold=True, align=CENTER)
r0 = 5
line_cells = {}
for i, (grp, lab, key) in enumerate(items):
    rr = r0 + i
    put(wl, f"B{rr}", grp, HEAD)
    put(wl, f"C{rr}", lab, HEAD)
    put(wl, f"D{rr}", example.get(key), EXF)
    for j, col in enumerate("EFG"):
        v = lines[j].get(key)
        put(wl, f"{col}{rr}", v)
        line_cells[(j, key)] = f"{col}{rr}"
    wl.row_dimensions[rr].height = 30
last = r0 + len(items) - 1
box(wl, f"B4:G{last}")

# second table: ports
pr = last + 3
put(wl, f"B{pr - 1}", "装置と接続する回線と機器の詳細（機器のポート情報）", bold=True, align=Alignment())
phdr = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
pcols = "BCDEFGHI"
wl.column_dimensions["H"].width = 14
wl.column_dimensions["I"].width = 14
for col, h in zip(pcols, phdr):
    put(wl, f"{col}{pr}", h, HEAD, bold=True, align=CENTER)
ports = [
    {"line": "回線1", "device": "RTX1300", "port": "LAN1", "deviceName": "電子カルテサーバ (EMR-SV01)",
     "ipAddress": "192.168.10.5", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "RTX1300", "port": "LAN2", "deviceName": "保守用端末 (MNT-PC01)",
     "ipAddress": "192.168.10.250", "portNumber": 3389, "protocol": "RDP", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "FortiGate-60F", "port": "internal1", "deviceName": "PACSサーバ (PACS-SV01)",
     "ipAddress": "172.16.5.10", "portNumber": 104, "protocol": "DICOM", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "IX2215", "port": "GE1", "deviceName": "地域連携GW (RENKEI-GW)",
     "ipAddress": "192.168.40.2", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
]
pkeys = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
for i, p in enumerate(ports):
    rr = pr + 1 + i
    for col, k in zip(pcols, pkeys):
        put(wl, f"{col}{rr}", p[k])
box(wl, f"B{pr}:I{pr + len(ports)}")
wl.freeze_panes = "D5"
wl.page_setup.orientation = "landscape"
wl.page_setup.paperSize = wl.PAPERSIZE_A4
wl.sheet_properties.pageSetUpPr.fitToPage = True

# ------------------------------------------------------------------ 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
widths = {"A": 2, "B": 8, "C": 16, "D": 14, "E": 14, "F": 18, "G": 22, "H": 14, "I": 18, "J": 22, "K": 26}
for k, v in widths.items():
    wt.column_dimensions[k].width = v
put(wt, "B1", "調査端末情報記入シート（調査端末5台）", bold=True, align=Alignment())
# two-row header
wt.merge_cells("B3:B4"); put(wt, "B3", "No.", HEAD, True, CENTER)
wt.merge_cells("C3:C4"); put(wt, "C3", "システム種別 (*)", HEAD, True, CENTER)
wt.merge_cells("D3:D4"); put(wt, "D3", "シングル利用 (*)", HEAD, True, CENTER)
wt.merge_cells("E3:G3"); put(wt, "E3", "シンクル端末/FAT端末", HEAD, True, CENTER)
put(wt, "E4", "端末ホスト名 (*)", HEAD, True, CENTER)
put(wt, "F4", "IPアドレス (*)", HEAD, True, CENTER)
put(wt, "G4", "設置場所 (*)", HEAD, True, CENTER)
wt.merge_cells("H3:I3"); put(wt, "H3", "仮想デスクトップ", HEAD, True, CENTER)
put(wt, "H4", "端末ホスト名", HEAD, True, CENTER)
put(wt, "I4", "IPアドレス", HEAD, True, CENTER)
wt.merge_cells("J3:J4"); put(wt, "J3", "セキュリティ対策製品", HEAD, True, CENTER)
wt.merge_cells("K3:K4"); put(wt, "K3", "備考", HEAD, True, CENTER)
ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for col, v in zip("BCDEFGHIJK", ex):
    put(wt, f"{col}5", v, EXF)
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "MDR-PC001", "ipAddress": "192.168.10.101/24",
     "location": "本館1F 外来受付", "securityProduct": "Microsoft Defender",
     "remarks": "端末操作可能時間：13:00-14:00"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "MDR-TC021", "ipAddress": "192.168.10.121/24",
     "location": "本館3F ナースステーション", "vdiHostName": "VDI-EMR021", "vdiIpAddress": "10.20.1.21/24",
     "securityProduct": "Trend Micro Apex One"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-PC03", "ipAddress": "192.168.20.31/24",
     "location": "本館1F 医事課", "securityProduct": "ESET Endpoint Security"},
    {"systemType": "放射線（PACS）", "usage": "単体", "hostName": "RAD-VW01", "ipAddress": "172.16.5.51/24",
     "location": "本館B1F 放射線科 読影室", "securityProduct": "Microsoft Defender",
     "remarks": "読影業務のため午後（14時以降）希望"},
    {"systemType": "臨床検査", "usage": "単体", "hostName": "LAB-PC02", "ipAddress": "192.168.30.12/24",
     "location": "本館2F 検査科", "securityProduct": "Trend Micro Apex One"},
]
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
for i, t in enumerate(terminals):
    rr = 6 + i
    put(wt, f"B{rr}", f"No.{i + 1}", align=CENTER)
    for col, k in zip("CDEFGHIJK", tkeys):
        put(wt, f"{col}{rr}", t.get(k))
box(wt, "B3:K10")
wt.page_setup.orientation = "landscape"
wt.sheet_properties.pageSetUpPr.fitToPage = True

# ------------------------------------------------------------------ 設置場所記入シート
wp = wb.create_sheet("設置場所記入シート")
put(wp, "A1", "設置場所記入シート（本館平面図に調査対象機器をプロット）", bold=True, align=Alignment())
font_path = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
img = Image.new("RGB", (900, 560), "white")
d = ImageDraw.Draw(img)
f = ImageFont.truetype(font_path, 18)
fs = ImageFont.truetype(font_path, 14)
d.rectangle([20, 20, 880, 540], outline="black", width=3)
rooms = [([20, 20, 300, 200], "サーバー室（2F）"), ([300, 20, 600, 200], "医事課（1F）"),
         ([600, 20, 880, 200], "外来受付（1F）"), ([20, 200, 300, 380], "検査科（2F）"),
         ([300, 200, 600, 380], "ナースステーション（3F）"), ([600, 200, 880, 380], "放射線科 読影室（B1F）"),
         ([20, 380, 440, 540], "放射線科 機械室（B1F）"), ([440, 380, 880, 540], "廊下・階段")]
for rect, name in rooms:
    d.rectangle(rect, outline="black", width=2)
    d.text((rect[0] + 10, rect[1] + 8), name, fill="black", font=f)
marks = [((120, 120), "回線1・3 ONU"), ((160, 460), "回線2 ONU"), ((720, 110), "端末No.1"),
         ((450, 300), "端末No.2"), ((430, 110), "端末No.3"), ((720, 300), "端末No.4"), ((140, 300), "端末No.5")]
for (x, y), t in marks:
    d.ellipse([x - 8, y - 8, x + 8, y + 8], fill="red")
    d.rectangle([x + 12, y - 12, x + 130, y + 12], outline="red", fill="#FFF2CC")
    d.text((x + 16, y - 10), t, fill="black", font=fs)
d.text((600, 515), "みどり台記念病院 フロア概略図（各階合成）", fill="black", font=fs)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xl_img = XLImage(buf)
wp.add_image(xl_img, "A3")
# callout texts kept beside the picture
callouts = [
    "【回線1】電子カルテ保守回線 / ONU: 本館2F サーバー室 ラックA 上段 / RTX1300",
    "【回線2】放射線保守回線 / ONU: 本館B1F 放射線科 機械室 壁面 / FortiGate-60F",
    "【回線3】地域連携回線 / ONU: 本館2F サーバー室 ラックB 中段 / IX2215",
    "【端末No.1】MDR-PC001 本館1F 外来受付",
    "【端末No.2】MDR-TC021 本館3F ナースステーション",
    "【端末No.3】IJI-PC03 本館1F 医事課",
    "【端末No.4】RAD-VW01 本館B1F 放射線科 読影室",
    "【端末No.5】LAB-PC02 本館2F 検査科",
]
wp.column_dimensions["P"].width = 70
for i, t in enumerate(callouts):
    wp[f"P{3 + i}"] = t

# ------------------------------------------------------------------ アカウント・パスワードリスト (提出不要, left empty)
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
put(wa, "A1", "アカウント(ログインID)・パスワードリスト　【提出不要】当日までの準備用", bold=True, align=Alignment())
put(wa, "A2", "※パスワードは院内で別途管理。本ファイルには記入しないこと（情報システム室）", align=Alignment())
put(wa, "A4", "■ 調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)", bold=True, align=Alignment())
for col, h in zip("BCDEFG", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    put(wa, f"{col}5", h or None, HEAD, True, CENTER)
for i in range(3):
    put(wa, f"B{6 + i}", f"回線{i + 1}")
    put(wa, f"C{6 + i}", lines[i]["deviceMaker"])
    put(wa, f"D{6 + i}", lines[i]["deviceModel"])
box(wa, "B5:G8")
put(wa, "A11", "■ 調査端末(シンクル端末/FAT端末)", bold=True, align=Alignment())
for col, h in zip("BCDEF", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    put(wa, f"{col}12", h or None, HEAD, True, CENTER)
for i, t in enumerate(terminals):
    put(wa, f"B{13 + i}", f"端末{i + 1}")
    put(wa, f"C{13 + i}", t["hostName"])
    put(wa, f"D{13 + i}", t["ipAddress"])
box(wa, "B12:F17")
for col, w in zip("BCDEFG", [8, 14, 18, 22, 16, 26]):
    wa.column_dimensions[col].width = w

wb.save(os.path.join(OUT, NAME + ".xlsx"))

# ------------------------------------------------------------------ expected
exp_lines = []
for l in lines:
    exp_lines.append(dict(l))
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人社団 緑風会　みどり台記念病院",
            "facilityNameKana": "いりょうほうじんしゃだん りょくふうかい みどりだいきねんびょういん",
            "postalCode": "760-0017",
            "address": "香川県高松市番町三丁目5番12号",
            "addressKana": "かがわけんたかまつしばんちょう3ちょうめ5ばん12ごう",
            "beds": 148,
            "confirmerName": "香西 俊介",
        },
        "contacts": [
            {"department": d_, "name": n_, "phoneNumber": p_, "email": m_} for d_, n_, p_, m_ in contacts
        ],
        "lines": exp_lines,
        "ports": ports,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [],
    "notes": (
        "No planted problem. The line sheet is transposed: column D is the 記入例 column (must be ignored), "
        "columns E/F/G are 回線1/回線2/回線3, one row per item. 同意確認 is written as '☑ 同意する' in one cell. "
        "Postal code cell holds '〒760-0017'. 病床数 is stored as the text '148'. ビル名 and its かな are blank "
        "(the hospital is not in a building). "
        "回線3 is a 閉域網 line with グローバルIP利用 なし, so 固定IP/動的IP and グローバルIPアドレス are left blank "
        "on purpose (not applicable) and 脆弱性診断 is 調査希望なし. 回線2 is 動的IP and the 当日記入欄 is already "
        "filled (確認済み, 118.7.171.44). 回線1 当日 グローバルIPアドレス cell is blank (固定IP, 入力不要 in the check column). "
        "Ports are a second table below the transposed line table (columns 回線/機器 give the line and device). "
        "Floor plan is a PNG picture anchored at A3 of 設置場所記入シート; callout texts are plain cells in column P. "
        "The password-list sheet is present but every ID and password cell is empty (only maker/model/host/IP copied in)."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok")
