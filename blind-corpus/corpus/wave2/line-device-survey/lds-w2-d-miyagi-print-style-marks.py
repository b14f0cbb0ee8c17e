#!/usr/bin/python3
# Generator for lds-w2-d-miyagi-print-style-marks.xlsx
# Role: 事務長 of a 120-bed hospital in Ishinomaki (Miyagi) who built a printable A4-landscape version:
# blank spacer columns, bordered boxes, labels ABOVE values, the line sheet FIRST, option columns with ● marks
# (希望あり/希望なし, あり/なし), circled numbers 回線①②, a =COUNTA() total with no cached value (openpyxl),
# terminals and floor plan on one sheet, and the ID/password sheet kept inside the file.
# Planted problems (3): consent not chosen; 6 terminals listed (a row added under the 5-row table);
# the ID・パスワードリスト carries filled-in passwords (提出不要 sheet must not travel with passwords).
import json, os, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

NAME = "lds-w2-d-miyagi-print-style-marks"
OUT = os.path.dirname(os.path.abspath(__file__))
med = Side(style="medium"); thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
LBL = Font(size=9, color="404040"); VAL = Font(size=11)
GRAY = PatternFill("solid", fgColor="F2F2F2")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
WR = Alignment(vertical="center", wrap_text=True)

basic = {  # consent deliberately NOT chosen (planted)
    "facilityName": "医療法人 潮音会 石巻港南病院",
    "facilityNameKana": "いりょうほうじん ちょうおんかい いしのまきこうなんびょういん",
    "postalCode": "986-0861",
    "address": "宮城県石巻市蛇田字小斎21番地1",
    "addressKana": "みやぎけんいしのまきしへびたあざこさい21ばんち1",
    "beds": 120,
    "confirmerName": "阿部 昌弘",
}
contacts = [
    {"department": "事務長", "name": "阿部 昌弘", "phoneNumber": "0225-95-3316", "email": "abe.masahiro@ishinomaki-konan.jp"},
    {"department": "総務課 庶務係", "name": "及川 瞳", "phoneNumber": "0225-95-3316", "email": "oikawa.h@ishinomaki-konan.jp"},
]
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "電子カルテ",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "114.160.41.90", "diagnosisDayCheck": "入力不要", "provider": "DTI",
     "providerService": "DTI 光 固定IPアドレスサービス", "carrier": "NTT東日本", "carrierService": "フレッツ 光クロス",
     "lineId": "CAF0471183326", "lineName": "電子カルテ保守", "lineKind": "光回線",
     "terminationLocation": "1F 事務室奥 サーバーラック下段", "deviceMaker": "ヤマハ", "deviceModel": "RTX1220",
     "firmwareVersion": "Rev.15.04.06"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "リモート保守（画像診断装置）", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "60.32.118.5", "diagnosisDayCheck": "入力不要", "provider": "OCN",
     "providerService": "OCN光 IPoE 固定IP1", "carrier": "NTT東日本", "carrierService": "フレッツ 光ネクスト マンションタイプ",
     "lineId": "CAF0471190047", "lineName": "放射線 保守回線", "lineKind": "光回線",
     "terminationLocation": "1F 放射線科 CT操作室 壁面", "deviceMaker": "アライドテレシス", "deviceModel": "AR3050S",
     "firmwareVersion": "5.5.3-1.2"},
]
ports = [
    {"line": "回線①", "device": "RTX1220", "port": "LAN1", "deviceName": "電子カルテサーバ", "ipAddress": "192.168.0.1", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
    {"line": "回線①", "device": "RTX1220", "port": "LAN3", "deviceName": "HUB(事務室)", "ipAddress": "192.168.0.254", "portNumber": 80, "protocol": "HTTP", "connectionStatus": "接続なし"},
    {"line": "回線②", "device": "AR3050S", "port": "eth1", "deviceName": "CTワークステーション", "ipAddress": "192.168.50.1", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
]
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "KNH-EMR01", "ipAddress": "192.168.0.101/24", "location": "2F 病棟 スタッフステーション", "securityProduct": "ウイルスバスター ビジネスセキュリティ", "remarks": "操作可：10:00〜11:30"},
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "KNH-EMR07", "ipAddress": "192.168.0.107/24", "location": "1F 外来 診察室1", "securityProduct": "ウイルスバスター ビジネスセキュリティ"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "KNH-IJI01", "ipAddress": "192.168.0.121/24", "location": "1F 受付・医事", "securityProduct": "ウイルスバスター ビジネスセキュリティ"},
    {"systemType": "画像（PACSビューア）", "usage": "単体", "hostName": "KNH-PACS01", "ipAddress": "192.168.50.11/24", "location": "1F 放射線科 読影コーナー", "securityProduct": "Microsoft Defender"},
    {"systemType": "検査", "usage": "単体", "hostName": "KNH-LAB01", "ipAddress": "192.168.0.141/24", "location": "1F 検査室", "securityProduct": "Microsoft Defender"},
    {"systemType": "リハビリ", "usage": "単体", "hostName": "KNH-REHA01", "ipAddress": "192.168.0.151/24", "location": "2F リハビリ室", "securityProduct": "Microsoft Defender", "remarks": "追加（リハ科より要望）"},
]
MARKS = "●"


def floorplan(path):
    img = Image.new("RGB", (760, 420), "white"); d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16)
    d.text((14, 6), "石巻港南病院 1F・2F 平面図（簡易）", fill="black", font=f)
    for (x0, y0, x1, y1, t) in [(16, 36, 250, 210, "1F 事務室 ラック ①"), (260, 36, 500, 210, "1F 放射線科 CT操作室 ②"),
                                (510, 36, 744, 210, "1F 外来/医事/検査 (端末2,3,5)"), (16, 220, 380, 404, "2F 病棟SS (端末1)"),
                                (390, 220, 744, 404, "2F リハビリ室 (端末6)")]:
        d.rectangle((x0, y0, x1, y1), outline="black", width=3); d.text((x0 + 6, y0 + 6), t, fill="black", font=f)
    img.save(path)


def lab_val(ws, r, c, label, value, span=1):
    """label in a small cell above, value in the bordered cell below (print style)."""
    ws.cell(row=r, column=c, value=label).font = LBL
    v = ws.cell(row=r + 1, column=c, value=value); v.font = VAL; v.border = B; v.alignment = WR
    if span > 1:
        ws.merge_cells(start_row=r + 1, start_column=c, end_row=r + 1, end_column=c + span - 1)
        for k in range(span):
            ws.cell(row=r + 1, column=c + k).border = B


def main():
    wb = Workbook()
    # ======== sheet 1: 回線・機器 (printed first) ========
    ws = wb.active; ws.title = "回線・機器"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws["B1"] = "別紙2-1　回線・機器情報記入シート（印刷用）"; ws["B1"].font = Font(bold=True, size=14)
    ws["B2"] = "該当欄に●を記入。(*)は必須。"
    # columns: A spacer, B 回線, C spacer, D/E ver あり/なし, F/G vuln あり/なし, H/I EHR あり/なし, J spacer, K.. text cols
    head_top = {2: "回線", 4: "技術バージョン確認(*)", 6: "脆弱性診断(*)", 8: "電子カルテ系NW接続(*)"}
    head_sub = {4: "希望あり", 5: "希望なし", 6: "希望あり", 7: "希望なし", 8: "あり", 9: "なし"}
    TXT = [("purpose", "用途・システム名(*)"), ("communicationType", "通信形態(*)"), ("globalIpUse", "グローバルIP利用(*)"),
           ("ipAssignment", "固定IP/動的IP(*)"), ("globalIpAddress", "グローバルIPアドレス(*)"),
           ("diagnosisDayCheck", "当日:IP確認"), ("diagnosisDayAddress", "当日:IPアドレス"), ("fqdn", "FQDN"),
           ("provider", "プロバイダ名"), ("providerService", "プロバイダ品目"), ("carrier", "回線事業者"),
           ("carrierService", "回線サービス名"), ("lineId", "回線ID"), ("lineName", "回線名"), ("lineKind", "回線の種類"),
           ("terminationLocation", "回線終端装置設置場所(*)"), ("deviceMaker", "機器メーカー"), ("deviceModel", "機種名"),
           ("firmwareVersion", "FWバージョン")]
    for c, t in head_top.items():
        ws.cell(row=4, column=c, value=t)
    ws.merge_cells("B4:B5"); ws.merge_cells("D4:E4"); ws.merge_cells("F4:G4"); ws.merge_cells("H4:I4")
    for c, t in head_sub.items():
        ws.cell(row=5, column=c, value=t)
    for i, (k, h) in enumerate(TXT):
        col = 11 + i
        ws.cell(row=4, column=col, value=h); ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    allcols = [2] + list(range(4, 10)) + list(range(11, 11 + len(TXT)))
    for r in (4, 5):
        for col in allcols:
            c = ws.cell(row=r, column=col); c.fill = GRAY; c.border = B; c.alignment = CEN; c.font = Font(size=9, bold=True)
    for col in (1, 3, 10):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = 1.5
    ws.column_dimensions["B"].width = 8
    for col in range(4, 10):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = 6
    for i in range(len(TXT)):
        ws.column_dimensions[ws.cell(row=1, column=11 + i).column_letter].width = 15
    ws.row_dimensions[4].height = 30
    # 記入例 row
    ws.cell(row=6, column=2, value="記入例")
    for col, v in [(4, MARKS), (6, MARKS), (8, MARKS)]:
        ws.cell(row=6, column=col, value=v)
    exv = {"purpose": "電子カルテ", "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
           "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要", "terminationLocation": "本部棟 3F サーバー室"}
    for i, (k, h) in enumerate(TXT):
        if k in exv:
            ws.cell(row=6, column=11 + i, value=exv[k])
    for col in allcols:
        c = ws.cell(row=6, column=col); c.border = B; c.font = Font(color="A6A6A6", italic=True, size=9)
    rowmap = {}
    for n, ln in enumerate(lines):
        r = 7 + n; rowmap[n] = r
        ws.cell(row=r, column=2, value="回線" + "①②③④⑤"[n])
        ws.cell(row=r, column=4 if ln["versionCheck"] == "調査希望あり" else 5, value=MARKS)
        ws.cell(row=r, column=6 if ln["vulnerabilityScan"] == "調査希望あり" else 7, value=MARKS)
        ws.cell(row=r, column=8 if ln["ehrConnection"] == "あり" else 9, value=MARKS)
        for i, (k, h) in enumerate(TXT):
            if ln.get(k) is not None:
                ws.cell(row=r, column=11 + i, value=ln[k])
        for col in allcols:
            c = ws.cell(row=r, column=col); c.border = B; c.alignment = CEN if col < 11 else WR
    for r in range(9, 11):  # two empty print rows
        ws.cell(row=r, column=2, value="回線" + "①②③④⑤"[r - 7])
        for col in allcols:
            ws.cell(row=r, column=col).border = B
    ws["B12"] = "回線数"; ws["D12"] = "=COUNTA(K7:K11)"; ws["E12"] = "回線"
    # ports block
    ws["B14"] = "■ 装置と接続する回線と機器の詳細（ポート情報）"; ws["B14"].font = Font(bold=True)
    PH = [("line", "回線"), ("device", "機器"), ("port", "ポート(*)"), ("deviceName", "機器名(*)"), ("ipAddress", "IPアドレス(*)"),
          ("portNumber", "ポート番号(*)"), ("protocol", "プロトコル(*)"), ("connectionStatus", "接続状況")]
    pcols = [2, 11, 12, 13, 14, 15, 16, 17]
    for (k, h), col in zip(PH, pcols):
        c = ws.cell(row=15, column=col, value=h); c.fill = GRAY; c.border = B; c.alignment = CEN; c.font = Font(size=9, bold=True)
    for n, p in enumerate(ports):
        for (k, h), col in zip(PH, pcols):
            c = ws.cell(row=16 + n, column=col, value=p[k]); c.border = B

    # ======== sheet 2: 基本情報 ========
    ws = wb.create_sheet("基本情報")
    ws.page_setup.orientation = "portrait"
    for col, w in zip("ABCDEFGHI", [1.5, 26, 1.5, 26, 1.5, 26, 1.5, 20, 1.5]):
        ws.column_dimensions[col].width = w
    ws["B1"] = "別紙2-1　基本情報記入シート"; ws["B1"].font = Font(bold=True, size=14)
    ws["B3"] = "本施策の同意確認"; ws["B3"].font = LBL
    ws["B4"] = None; ws["B4"].border = Border(left=med, right=med, top=med, bottom=med)
    ws["D4"] = "←規約（別紙7・別紙8）を確認し、同意する場合は「同意する」を選択"; ws["D4"].font = LBL
    dv = DataValidation(type="list", formula1='"同意する"', allow_blank=True); ws.add_data_validation(dv); dv.add("B4")
    ws["B6"] = "■ 医療機関情報"; ws["B6"].font = Font(bold=True)
    lab_val(ws, 7, 2, "医療機関名", basic["facilityName"], span=3)
    lab_val(ws, 7, 6, "（かな）", basic["facilityNameKana"], span=3)
    lab_val(ws, 9, 2, "〒", basic["postalCode"])
    lab_val(ws, 9, 4, "住所", basic["address"], span=3)
    lab_val(ws, 11, 2, "住所（かな）", basic["addressKana"], span=5)
    lab_val(ws, 13, 2, "ビル名", None, span=3)
    lab_val(ws, 13, 6, "（かな）", None, span=3)
    lab_val(ws, 15, 2, "病床数", f"{basic['beds']}床")
    ws["B18"] = "■ 担当者情報（4名まで）"; ws["B18"].font = Font(bold=True)
    for n in range(4):
        r = 19 + n * 4
        ws.cell(row=r, column=2, value=f"担当者{n+1}").font = Font(bold=True, size=10)
        ct = contacts[n] if n < len(contacts) else {}
        lab_val(ws, r + 1, 2, "所属・役職", ct.get("department"))
        lab_val(ws, r + 1, 4, "氏名", ct.get("name"))
        lab_val(ws, r + 1, 6, "電話番号", ct.get("phoneNumber"))
        lab_val(ws, r + 1, 8, "メールアドレス", ct.get("email"))
    ws["B36"] = "■ 申込内容の確認"; ws["B36"].font = Font(bold=True)
    lab_val(ws, 37, 2, "確認者名（医療機関のご担当者名・フルネーム）", basic["confirmerName"], span=3)

    # ======== sheet 3: 調査端末・設置場所 ========
    ws = wb.create_sheet("調査端末・設置場所")
    ws["B1"] = "別紙2-1　調査端末情報記入シート／設置場所"; ws["B1"].font = Font(bold=True, size=14)
    TH = ["No.", "システム種別(*)", "シングル利用(*)", "端末ホスト名(*)", "IPアドレス(*)", "設置場所(*)",
          "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
    TK = [None, "systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress", "securityProduct", "remarks"]
    for i, h in enumerate(TH):
        c = ws.cell(row=3, column=2 + i, value=h); c.fill = GRAY; c.border = B; c.alignment = CEN; c.font = Font(size=9, bold=True)
    ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "", "", "", ""]
    for i, v in enumerate(ex):
        c = ws.cell(row=4, column=2 + i, value=v or None); c.border = B; c.font = Font(color="A6A6A6", italic=True, size=9)
    for n, t in enumerate(terminals):
        r = 5 + n
        ws.cell(row=r, column=2, value=f"No.{n+1}")
        for i, k in enumerate(TK[1:]):
            ws.cell(row=r, column=3 + i, value=t.get(k))
        if n < 5:  # the printed table has 5 bordered rows; No.6 was typed underneath
            for i in range(len(TH)):
                ws.cell(row=r, column=2 + i).border = B
    ws["B10"].font = Font(color="C00000")
    ws["L3"] = "台数"; ws["M3"] = "=COUNTA(E5:E11)"
    for col, w in zip("ABCDEFGHIJK", [1.5, 7, 14, 10, 14, 17, 26, 14, 16, 24, 22]):
        ws.column_dimensions[col].width = w
    ws["B13"] = "■ 設置場所（平面図）"; ws["B13"].font = Font(bold=True)
    png = os.path.join(OUT, NAME + ".fp.png"); floorplan(png)
    img = XLImage(png); img.anchor = "B14"; ws.add_image(img)

    # ======== sheet 4: ID・パスワードリスト (filled – planted) ========
    ws = wb.create_sheet("ID・パスワードリスト")
    ws["B1"] = "アカウント(ログインID)・パスワードリスト（提出不要）"; ws["B1"].font = Font(bold=True)
    rnd = random.Random(20240822)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#$%"
    pw = lambda: "".join(rnd.choice(alphabet) for _ in range(12))
    for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
        ws.cell(row=3, column=2 + i, value=h).fill = GRAY
    pw_cells = []
    for n, ln in enumerate(lines):
        r = 4 + n
        ws.cell(row=r, column=2, value="回線" + "①②"[n]); ws.cell(row=r, column=3, value=ln["deviceMaker"])
        ws.cell(row=r, column=4, value=ln["deviceModel"]); ws.cell(row=r, column=5, value="admin" if n == 0 else "manager")
        ws.cell(row=r, column=6, value=pw()); ws.cell(row=r, column=7, value=pw())
        pw_cells += [f"F{r}", f"G{r}"]
    for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
        ws.cell(row=8, column=2 + i, value=h).fill = GRAY
    for n, t in enumerate(terminals[:5]):
        r = 9 + n
        ws.cell(row=r, column=2, value=f"端末{n+1}"); ws.cell(row=r, column=3, value=t["hostName"])
        ws.cell(row=r, column=4, value=t["ipAddress"]); ws.cell(row=r, column=5, value="survey")
        ws.cell(row=r, column=6, value=pw()); pw_cells.append(f"F{r}")

    wb.save(os.path.join(OUT, NAME + ".xlsx"))
    os.remove(png)

    exp = {
        "form": "line-device-survey", "version": "R6", "file": NAME + ".xlsx",
        "values": {"basicInfo": basic, "contacts": contacts, "lines": lines, "ports": ports, "terminals": terminals,
                   "floorPlan": {"image": True}},
        "planted": [
            {"cells": ["基本情報!B4"], "paths": ["basicInfo.consent"],
             "why": "本施策の同意確認 left blank: 「同意する」 must be chosen before submission"},
            {"cells": ["調査端末・設置場所!B10", "調査端末・設置場所!E10"], "paths": ["terminals[5]"],
             "why": "6 survey terminals listed (No.6 typed under the 5-row table); the survey takes 5 terminals, more than 5 is an error"},
            {"cells": ["ID・パスワードリスト!" + c for c in pw_cells], "paths": ["credentials"],
             "why": "the アカウント(ログインID)・パスワードリスト is 提出不要 and its password cells are filled in; a submission must not carry passwords"},
        ],
        "notes": ("Print-style layout with 1.5-wide spacer columns. Sheet order: 回線・機器 first, then 基本情報 (labels above "
                  "the bordered value cells), then 調査端末・設置場所 (terminals + floor-plan PNG), then the password sheet. "
                  "調査希望 and 電子カルテ接続 are ● marks under 希望あり/希望なし and あり/なし sub-columns. Lines are labelled "
                  "回線①/回線② (= 回線1/2); rows 9-10 are empty print rows; row 6 is 記入例 (ignore). Port rows: 'line' is written "
                  "回線①/回線② and 'device' is the router model. 病床数 written '120床'. ビル名 empty (omitted). Consent cell B4 empty "
                  "(planted, so not in values). =COUNTA totals (回線・機器!D12, 調査端末・設置場所!M3) are formulas saved by openpyxl "
                  "with no cached value; they are not fields. Password values are intentionally not listed anywhere here."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
