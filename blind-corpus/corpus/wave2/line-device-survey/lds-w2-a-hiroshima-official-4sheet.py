#!/usr/bin/python3
# Generator for lds-w2-a-hiroshima-official-4sheet.xlsx
# Role: the programme secretariat's own-style 4-sheet format (+ password sheet, left EMPTY as instructed),
# filled by the IT person of a 199-bed hospital in Higashi-Hiroshima. Saved by openpyxl. No planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

NAME = "lds-w2-a-hiroshima-official-4sheet"
OUT = os.path.dirname(os.path.abspath(__file__))

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="BDD7EE")
GRP = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
INP = PatternFill("solid", fgColor="FFF2CC")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)

basic = {
    "consent": "同意する",
    "facilityName": "医療法人社団 青葉会 安芸中央病院",
    "facilityNameKana": "いりょうほうじんしゃだん あおばかい あきちゅうおうびょういん",
    "postalCode": "739-0025",
    "address": "広島県東広島市西条中央七丁目12番3号",
    "addressKana": "ひろしまけんひがしひろしましさいじょうちゅうおうななちょうめ12ばん3ごう",
    "building": "本館",
    "buildingKana": "ほんかん",
    "beds": 199,
    "confirmerName": "三宅 浩二",
}
contacts = [
    {"department": "情報システム室 主任", "name": "三宅 浩二", "phoneNumber": "082-422-5131", "email": "miyake.k@akichuo-hosp.jp"},
    {"department": "事務部 総務課 課長", "name": "土井 佳代子", "phoneNumber": "082-422-5100", "email": "doi.k@akichuo-hosp.jp"},
]
LINE_COLS = [
    ("versionCheck", "技術バージョン確認\n(*)"), ("vulnerabilityScan", "脆弱性診断\n(*)"),
    ("ehrConnection", "電子カルテシステムと接続するネットワークとの接続 (*)"), ("purpose", "用途・システム名 (*)"),
    ("communicationType", "通信形態 (*)"), ("globalIpUse", "グローバルIP利用 (*)"), ("ipAssignment", "固定IP/動的IP (*)"),
    ("globalIpAddress", "グローバルIPアドレス (*)"), ("diagnosisDayCheck", "グローバルIP確認"),
    ("diagnosisDayAddress", "グローバルIPアドレス"), ("fqdn", "FQDN"), ("provider", "プロバイダ名"),
    ("providerService", "プロバイダ品目"), ("carrier", "回線事業者"), ("carrierService", "回線サービス名"),
    ("lineId", "回線ID"), ("lineName", "回線名"), ("lineKind", "回線の種類"),
    ("terminationLocation", "回線終端装置設置場所 (*)"), ("deviceMaker", "メーカー"), ("deviceModel", "機種名"),
    ("firmwareVersion", "ファームウェアバージョン"),
]
example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP", "121.119.249.222",
           "入力不要", "", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ光ネクスト", "CAF0000000000",
           "電子カルテ保守回線", "光回線", "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA", "RTX1210", "Rev.14.01.xx"]
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "電子カルテ",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "153.150.62.18", "diagnosisDayCheck": "入力不要", "fqdn": "vpn01.akichuo-hosp.jp",
     "provider": "OCN", "providerService": "OCN光 IPoE 固定IP1", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光ネクスト ビジネスタイプ", "lineId": "CAF2210456781", "lineName": "電子カルテ保守回線",
     "lineKind": "光回線", "terminationLocation": "本館 2F サーバー室 ラック1 3U", "deviceMaker": "ヤマハ",
     "deviceModel": "RTX1220", "firmwareVersion": "Rev.15.04.05"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "PACS",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "118.103.55.14", "diagnosisDayCheck": "入力不要",
     "provider": "ASAHIネット", "providerService": "フレッツ光 固定IPアドレス1個", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光クロス", "lineId": "CAF2210459930", "lineName": "PACSリモート保守回線",
     "lineKind": "光回線", "terminationLocation": "本館 1F 放射線科 機械室", "deviceMaker": "Fortinet",
     "deviceModel": "FortiGate 60F", "firmwareVersion": "v7.2.8"},
    {"versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "医事",
     "communicationType": "インターネット", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "219.117.203.46", "diagnosisDayCheck": "入力不要",
     "provider": "BIGLOBE", "providerService": "BIGLOBE光 固定IP 1", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光ネクスト ギガファミリー・スマートタイプ", "lineId": "CAF2210467702",
     "lineName": "医事課 インターネット回線", "lineKind": "光回線", "terminationLocation": "本館 1F 医事課 事務室奥 棚上",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2215", "firmwareVersion": "Ver.10.7.16"},
]
PORT_COLS = [("line", "回線"), ("device", "機器"), ("port", "ポート (*)"), ("deviceName", "機器名 (*)"),
             ("ipAddress", "IPアドレス (*)"), ("portNumber", "ポート番号 (*)"), ("protocol", "プロトコル (*)"),
             ("connectionStatus", "接続状況")]
ports = [
    {"line": "回線1", "device": "RTX1220", "port": "LAN1", "deviceName": "電子カルテ基幹スイッチ", "ipAddress": "192.168.10.1", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "RTX1220", "port": "LAN2", "deviceName": "保守用PC", "ipAddress": "192.168.99.1", "portNumber": 23, "protocol": "Telnet", "connectionStatus": "接続なし"},
    {"line": "回線2", "device": "FortiGate 60F", "port": "internal1", "deviceName": "PACSサーバ", "ipAddress": "192.168.30.254", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "UNIVERGE IX2215", "port": "GE1", "deviceName": "医事会計サーバ", "ipAddress": "192.168.20.1", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
]
TERM_COLS = [("systemType", "システム種別 (*)"), ("usage", "シングル利用 (*)"), ("hostName", "端末ホスト名 (*)"),
             ("ipAddress", "IPアドレス (*)"), ("location", "設置場所 (*)"), ("vdiHostName", "端末ホスト名"),
             ("vdiIpAddress", "IPアドレス"), ("securityProduct", "セキュリティ対策製品"), ("remarks", "備考")]
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EMR-NS3-01", "ipAddress": "192.168.10.131/24", "location": "本館 3F 東病棟 ナースステーション", "securityProduct": "Trend Micro Apex One", "remarks": "端末操作可能時間：14:00-16:00"},
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "EMR-OPD-07", "ipAddress": "192.168.10.157/24", "location": "本館 1F 内科外来 第2診察室", "securityProduct": "Trend Micro Apex One", "remarks": "外来終了後（15:00以降）"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "IJI-02", "ipAddress": "192.168.20.12/24", "location": "本館 1F 医事課", "securityProduct": "Microsoft Defender"},
    {"systemType": "PACS", "usage": "単体", "hostName": "PACS-VIEW01", "ipAddress": "192.168.30.21/24", "location": "本館 1F 放射線科 読影室", "securityProduct": "ESET Endpoint Security"},
    {"systemType": "検査", "usage": "単体", "hostName": "LAB-01", "ipAddress": "192.168.40.11/24", "location": "本館 2F 臨床検査室", "securityProduct": "Microsoft Defender", "remarks": "検査技師の立会い必須"},
]
term_example = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"]


def floorplan(path, title, rooms):
    img = Image.new("RGB", (900, 560), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
    d.text((20, 10), title, fill="black", font=f)
    d.rectangle((20, 50, 880, 540), outline="black", width=4)
    for (x0, y0, x1, y1, label) in rooms:
        d.rectangle((x0, y0, x1, y1), outline="black", width=2)
        d.text((x0 + 8, y0 + 8), label, fill="black", font=f)
    img.save(path)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = B


def main():
    wb = Workbook()
    # ---------- 基本情報記入シート ----------
    ws = wb.active
    ws.title = "基本情報記入シート"
    ws.column_dimensions["A"].width = 2
    for col, w in zip("BCDEFGH", [18, 34, 10, 34, 10, 40, 4]):
        ws.column_dimensions[col].width = w
    ws["B1"] = "別紙2-1_医療機関記入依頼書（回線・機器情報等記入）"
    ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "基本情報記入シート　　※黄色のセルにご記入ください。"
    ws["B4"] = "本施策の同意確認"; ws["B4"].fill = HDR
    ws.merge_cells("C4:F4")
    ws["C4"] = "(別紙)規約に記載の内容をご確認のうえ、本施策実施に同意いただける場合は「同意する」を選択してください"
    ws["C4"].alignment = L
    ws["G4"] = basic["consent"]; ws["G4"].fill = INP
    ws.row_dimensions[4].height = 36
    box(ws, "B4:G4")
    dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True); ws.add_data_validation(dv); dv.add("G4")

    ws["B6"] = "■お客様情報（医療機関情報）"; ws["B6"].font = Font(bold=True)
    ws["B7"] = "医療機関名"; ws["C7"] = basic["facilityName"]; ws["D7"] = "(かな)"; ws.merge_cells("E7:G7"); ws["E7"] = basic["facilityNameKana"]
    ws["B8"] = "住所"; ws["C8"] = "〒 " + basic["postalCode"]; ws["D8"] = "住所"; ws["E8"] = basic["address"]; ws["F8"] = "(かな)"; ws["G8"] = basic["addressKana"]
    ws["B9"] = ""; ws["D9"] = "ビル名"; ws["E9"] = basic["building"]; ws["F9"] = "(かな)"; ws["G9"] = basic["buildingKana"]
    ws["B10"] = "病床数"; ws["C10"] = basic["beds"]; ws["D10"] = "床"
    for r in range(7, 11):
        ws.row_dimensions[r].height = 30
        for col in "BCDEFG":
            ws[f"{col}{r}"].border = B
            ws[f"{col}{r}"].alignment = L
        ws[f"B{r}"].fill = HDR
    for ref in ["C7", "E7", "C8", "E8", "G8", "E9", "G9", "C10"]:
        ws[ref].fill = INP
    ws.merge_cells("B8:B9")

    ws["B12"] = "■担当者情報（4名まで）"; ws["B12"].font = Font(bold=True)
    heads = ["担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"]
    for i, h in enumerate(heads):
        c = ws.cell(row=13, column=2 + i, value=h); c.fill = HDR; c.alignment = C; c.border = B
    for n in range(4):
        r = 14 + n
        ws.cell(row=r, column=2, value=f"担当者{n+1}").fill = HDR
        if n < len(contacts):
            ct = contacts[n]
            for j, k in enumerate(["department", "name", "phoneNumber", "email"]):
                ws.cell(row=r, column=3 + j, value=ct[k])
        for j in range(5):
            ws.cell(row=r, column=2 + j).border = B
            if j:
                ws.cell(row=r, column=2 + j).fill = INP

    ws["B19"] = "■申込内容の確認"; ws["B19"].font = Font(bold=True)
    ws["B20"] = "確認者名（医療機関のご担当者名）"; ws["B20"].fill = HDR; ws["B20"].alignment = L
    ws.merge_cells("C20:D20"); ws["C20"] = basic["confirmerName"]; ws["C20"].fill = INP
    box(ws, "B20:D20"); ws.row_dimensions[20].height = 30
    ws["B21"] = "※記入内容に不備がないかご確認のうえ、フルネームでご記入ください。"

    # ---------- 回線・機器情報記入シート ----------
    ws = wb.create_sheet("回線・機器情報記入シート")
    ws["A1"] = "回線・機器情報記入シート"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "※(*)は必須項目です。記入例の行は編集しないでください。回線が増える場合は行を追加してください。"
    # group header row 4, item header row 5
    groups = [(2, 3, "調査希望"), (4, 4, "電子カルテ接続"), (5, 5, "用途"), (6, 9, "回線と紐付くグローバルIPアドレス"),
              (10, 11, "脆弱性診断当日記入欄"), (12, 12, ""), (13, 14, "プロバイダ情報"), (15, 19, "回線情報"),
              (20, 20, "回線終端装置(ONU/モデム)情報"), (21, 23, "ルータ/UTM/FW 機器情報")]
    ws.cell(row=4, column=1, value="").fill = HDR
    ws.merge_cells("A4:A5")
    for c0, c1, t in groups:
        ws.cell(row=4, column=c0, value=t)
        if c1 > c0:
            ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c1)
    for i, (k, h) in enumerate(LINE_COLS):
        ws.cell(row=5, column=2 + i, value=h)
    for r in (4, 5):
        for col in range(1, 2 + len(LINE_COLS)):
            c = ws.cell(row=r, column=col); c.fill = GRP if r == 4 else HDR; c.alignment = C; c.border = B
    ws.row_dimensions[5].height = 60
    ws.cell(row=6, column=1, value="記入例")
    for i, v in enumerate(example):
        ws.cell(row=6, column=2 + i, value=v if v else None)
    for col in range(1, 2 + len(LINE_COLS)):
        ws.cell(row=6, column=col).fill = EX; ws.cell(row=6, column=col).border = B
        ws.cell(row=6, column=col).font = Font(color="808080", italic=True)
    for n in range(5):
        r = 7 + n
        ws.cell(row=r, column=1, value=f"回線{n+1}")
        if n < len(lines):
            for i, (k, h) in enumerate(LINE_COLS):
                v = lines[n].get(k)
                if v is not None:
                    ws.cell(row=r, column=2 + i, value=v)
        for col in range(1, 2 + len(LINE_COLS)):
            ws.cell(row=r, column=col).border = B; ws.cell(row=r, column=col).alignment = L
    ws.column_dimensions["A"].width = 8
    for i in range(len(LINE_COLS)):
        ws.column_dimensions[ws.cell(row=5, column=2 + i).column_letter].width = 16
    for ref, f in [("B7:C11", '"調査希望あり,調査希望なし"'), ("D7:D11", '"あり,なし"'), ("G7:G11", '"あり,なし"'),
                   ("H7:H11", '"固定IP,動的IP"'), ("J7:J11", '"確認済み,入力不要"'),
                   ("F7:F11", '"インターネット,インターネットVPN,閉域網"'),
                   ("E7:E11", '"電子カルテ,医事,PACS,検査,オンライン資格確認,リモート保守"')]:
        dv = DataValidation(type="list", formula1=f, allow_blank=True, showErrorMessage=False)
        ws.add_data_validation(dv); dv.add(ref)
    ws.freeze_panes = "B6"

    # port table (second table on the same sheet)
    r0 = 14
    ws.cell(row=r0, column=1, value="■装置と接続する回線と機器の詳細（機器のポート情報）").font = Font(bold=True)
    for i, (k, h) in enumerate(PORT_COLS):
        c = ws.cell(row=r0 + 1, column=1 + i, value=h); c.fill = HDR; c.alignment = C; c.border = B
    for n, p in enumerate(ports):
        for i, (k, h) in enumerate(PORT_COLS):
            c = ws.cell(row=r0 + 2 + n, column=1 + i, value=p[k]); c.border = B

    # ---------- 調査端末情報記入シート ----------
    ws = wb.create_sheet("調査端末情報記入シート")
    ws["A1"] = "調査端末情報記入シート"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "※電子カルテシステムと接続がある端末を5台ご選定ください（電子カルテ端末1台＋主要部門システム各1台を推奨）。"
    ws.merge_cells("A4:A5"); ws["A4"] = ""
    ws["B4"] = "システム種別 (*)"; ws.merge_cells("B4:B5")
    ws["C4"] = "シングル利用 (*)"; ws.merge_cells("C4:C5")
    ws["D4"] = "シンクル端末/FAT端末"; ws.merge_cells("D4:F4")
    ws["G4"] = "仮想デスクトップ"; ws.merge_cells("G4:H4")
    ws["I4"] = "セキュリティ対策製品"; ws.merge_cells("I4:I5")
    ws["J4"] = "備考"; ws.merge_cells("J4:J5")
    for col, h in zip("DEFGH", ["端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", "端末ホスト名", "IPアドレス"]):
        ws[f"{col}5"] = h
    for r in (4, 5):
        for col in "ABCDEFGHIJ":
            ws[f"{col}{r}"].fill = HDR; ws[f"{col}{r}"].alignment = C; ws[f"{col}{r}"].border = B
    ws["A6"] = "記入例"
    for i, v in enumerate(term_example):
        ws.cell(row=6, column=2 + i, value=v)
    for col in "ABCDEFGHIJ":
        ws[f"{col}6"].fill = EX; ws[f"{col}6"].border = B; ws[f"{col}6"].font = Font(color="808080", italic=True)
    for n in range(5):
        r = 7 + n
        ws.cell(row=r, column=1, value=f"No.{n+1}")
        t = terminals[n]
        for i, (k, h) in enumerate(TERM_COLS):
            if t.get(k) is not None:
                ws.cell(row=r, column=2 + i, value=t[k])
        for col in "ABCDEFGHIJ":
            ws[f"{col}{r}"].border = B; ws[f"{col}{r}"].alignment = L
    for col, w in zip("ABCDEFGHIJ", [8, 12, 12, 14, 18, 30, 14, 18, 22, 30]):
        ws.column_dimensions[col].width = w
    dv = DataValidation(type="list", formula1='"単体,仮想デスクトップ"', allow_blank=True); ws.add_data_validation(dv); dv.add("C7:C11")

    # ---------- 設置場所記入シート ----------
    ws = wb.create_sheet("設置場所記入シート")
    ws["A1"] = "設置場所記入シート　平面図（フロア図）を貼り付け、吹き出しを調査対象機器の位置に配置してください。"
    png = os.path.join(OUT, NAME + ".floor.png")
    floorplan(png, "安芸中央病院 本館 1F・2F 平面図（抜粋）",
              [(40, 70, 300, 250, "1F 医事課 (回線3 ONU)"), (320, 70, 600, 250, "1F 放射線科 機械室 (回線2 ONU)"),
               (620, 70, 860, 250, "1F 内科外来 (No.2)"), (40, 290, 300, 520, "2F サーバー室 ラック1 (回線1 ONU)"),
               (320, 290, 600, 520, "2F 臨床検査室 (No.5)"), (620, 290, 860, 520, "1F 読影室 (No.4)")])
    img = XLImage(png); img.anchor = "B3"; ws.add_image(img)
    callouts = ["【回線1】電子カルテ / 本館 2F サーバー室 ラック1 3U", "【回線2】PACS / 本館 1F 放射線科 機械室",
                "【回線3】医事 / 本館 1F 医事課 事務室奥 棚上", "【No.1】EMR-NS3-01 / 本館 3F 東病棟 NS",
                "【No.2】EMR-OPD-07 / 本館 1F 内科外来 第2診察室", "【No.3】IJI-02 / 本館 1F 医事課",
                "【No.4】PACS-VIEW01 / 本館 1F 放射線科 読影室", "【No.5】LAB-01 / 本館 2F 臨床検査室"]
    for i, t in enumerate(callouts):
        ws.cell(row=3 + i, column=16, value=t)

    # ---------- アカウント(ログインID)・パスワードリスト (left blank: 提出不要) ----------
    ws = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
    ws["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要（院内での事前準備用）"
    ws["A3"] = "■調査① インターネット回線/ONUに紐づく装置(ルータ/UTM/FW)"
    for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
        ws.cell(row=4, column=1 + i, value=h).fill = HDR
    for n, ln in enumerate(lines):
        ws.cell(row=5 + n, column=1, value=f"回線{n+1}")
        ws.cell(row=5 + n, column=2, value=ln["deviceMaker"]); ws.cell(row=5 + n, column=3, value=ln["deviceModel"])
    ws["A10"] = "■調査端末（シンクル端末/FAT端末）"
    for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
        ws.cell(row=11, column=1 + i, value=h).fill = HDR
    for n, t in enumerate(terminals):
        ws.cell(row=12 + n, column=1, value=f"端末{n+1}")
        ws.cell(row=12 + n, column=2, value=t["hostName"]); ws.cell(row=12 + n, column=3, value=t["ipAddress"])

    wb.save(os.path.join(OUT, NAME + ".xlsx"))
    os.remove(png)

    exp = {
        "form": "line-device-survey", "version": "R6", "file": NAME + ".xlsx",
        "values": {"basicInfo": basic, "contacts": contacts, "lines": lines, "ports": ports,
                   "terminals": terminals, "floorPlan": {"image": True}},
        "planted": [],
        "notes": ("Official-like 4 sheets + password sheet (passwords left empty, as it should be). 記入例 rows on the "
                  "line and terminal sheets must be ignored. 〒 is written as '〒 739-0025' in one cell (C8). "
                  "For fixed-IP lines the 当日 check column says 入力不要 and the 当日 address cell is left empty. "
                  "Lines 4-5 (回線4, 回線5) are empty template rows. Port rows are a second table under the lines "
                  "(A15:H19); 'device' is the router model written in the 機器 column. Contacts 3-4 are empty. "
                  "Floor plan is a PNG placed at 設置場所記入シート!B3; callouts are cell text in column P."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
