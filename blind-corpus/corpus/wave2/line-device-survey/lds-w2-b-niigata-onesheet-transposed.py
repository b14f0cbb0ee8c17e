#!/usr/bin/python3
# Generator for lds-w2-b-niigata-onesheet-transposed.xlsx
# Role: general-affairs clerk of a 148-bed hospital in Nagaoka (Niigata) who re-typed the request on ONE sheet:
# basic info as "label：value" cells, the line table transposed (items down, 回線 across, 記入例 column kept),
# ○/× marks for 調査希望, 有/無 for yes/no, 固定/動的 for IP type; terminals table below; floor plan at the bottom.
# Built with openpyxl, then re-saved by LibreOffice (soffice --convert-to xlsx).
# Planted problems (2): 回線2 is a 閉域網 line with 脆弱性診断 requested; 回線3 is 固定IP with a private address.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

NAME = "lds-w2-b-niigata-onesheet-transposed"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "別紙2-1 記入用"

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
H = PatternFill("solid", fgColor="E2EFDA"); EX = PatternFill("solid", fgColor="F2F2F2")
W = Alignment(wrap_text=True, vertical="center")

basic = {
    "consent": "同意する",
    "facilityName": "医療法人 雪椿会 長岡みなみ病院",
    "facilityNameKana": "いりょうほうじん ゆきつばきかい ながおかみなみびょういん",
    "postalCode": "940-2108",
    "address": "新潟県長岡市千秋3丁目215番地8",
    "addressKana": "にいがたけんながおかしせんしゅう3ちょうめ215ばんち8",
    "beds": 148,
    "confirmerName": "長谷川 亮",
}
contacts = [
    {"department": "総務課 係長", "name": "長谷川 亮", "phoneNumber": "0258-24-1181", "email": "hasegawa@nagaoka-minami-hp.jp"},
    {"department": "医療情報管理室", "name": "小林 真由美", "phoneNumber": "0258-24-1181", "email": "kobayashi.m@nagaoka-minami-hp.jp"},
    {"department": "電子カルテ保守担当（ベンダ）", "name": "佐藤 健太", "phoneNumber": "090-4417-2358", "email": "k-sato@hokuetsu-medsys.co.jp"},
]
# contact 1 phone is written with full-width digits/hyphens in the workbook
contact_written_phone = {0: "０２５８－２４－１１８１"}

# rows of the transposed table: (key, label, how-to-write mapping)
MARK = {"調査希望あり": "○", "調査希望なし": "×"}
YN = {"あり": "有", "なし": "無"}
IPT = {"固定IP": "固定", "動的IP": "動的"}
ROWS = [
    ("versionCheck", "調査希望：技術バージョン確認(*)", MARK), ("vulnerabilityScan", "調査希望：脆弱性診断(*)", MARK),
    ("ehrConnection", "電子カルテシステムと接続するネットワークとの接続(*)", YN), ("purpose", "用途・システム名(*)", None),
    ("communicationType", "通信形態(*)", None), ("globalIpUse", "グローバルIP利用(*)", YN),
    ("ipAssignment", "固定IP／動的IP(*)", IPT), ("globalIpAddress", "グローバルIPアドレス(*)", None),
    ("diagnosisDayCheck", "【診断当日記入】グローバルIP確認", None), ("diagnosisDayAddress", "【診断当日記入】グローバルIPアドレス", None),
    ("fqdn", "FQDN", None), ("provider", "プロバイダ名", None), ("providerService", "プロバイダ品目", None),
    ("carrier", "回線事業者", None), ("carrierService", "回線サービス名", None), ("lineId", "回線ID", None),
    ("lineName", "回線名", None), ("lineKind", "回線の種類", None), ("terminationLocation", "回線終端装置設置場所(*)", None),
    ("deviceMaker", "装置メーカー（ルータ/UTM/FW）", None), ("deviceModel", "装置機種名", None),
    ("firmwareVersion", "ファームウェアバージョン", None),
]
example = {"versionCheck": "○", "vulnerabilityScan": "○", "ehrConnection": "有", "purpose": "電子カルテ",
           "communicationType": "インターネットVPN", "globalIpUse": "有", "ipAssignment": "固定",
           "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要", "fqdn": "example.xxx",
           "provider": "NTT東日本", "providerService": "Bフレッツサービス", "terminationLocation": "本部棟 3F サーバー室"}
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "電子カルテ",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "133.203.41.77", "diagnosisDayCheck": "入力不要", "provider": "OCN",
     "providerService": "OCN光 IPoE 固定IP1", "carrier": "NTT東日本", "carrierService": "フレッツ 光ネクスト ビジネスタイプ",
     "lineId": "CAF1150398827", "lineName": "電子カルテ リモート保守", "lineKind": "光回線",
     "terminationLocation": "2F 電算室 ラックA", "deviceMaker": "ヤマハ", "deviceModel": "RTX830",
     "firmwareVersion": "Rev.15.02.30"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "地域医療連携ネットワーク", "communicationType": "閉域網", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "61.206.118.35", "diagnosisDayCheck": "入力不要", "carrier": "NTT東日本",
     "carrierService": "フレッツ・VPN ワイド", "lineId": "CAF1150401163", "lineName": "地域連携用", "lineKind": "光回線",
     "terminationLocation": "2F 電算室 ラックA", "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2106",
     "firmwareVersion": "Ver.10.2.42"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "検査",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "192.168.1.1", "diagnosisDayCheck": "入力不要", "provider": "So-net",
     "providerService": "So-net 光 固定IPサービス", "carrier": "NTT東日本", "carrierService": "フレッツ 光クロス",
     "lineId": "CAF1150422509", "lineName": "検査システム保守回線", "lineKind": "光回線",
     "terminationLocation": "1F 検査科 機器室 壁面", "deviceMaker": "Cisco", "deviceModel": "C921-4P",
     "firmwareVersion": "IOS 15.9(3)M7"},
]
terminals = [
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "NMH-EMR-011", "ipAddress": "10.10.1.111/16", "location": "3F 病棟 ナースステーション", "securityProduct": "ESET Endpoint Protection", "remarks": "操作可能時間：13:30〜15:00"},
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "NMH-TC-204", "ipAddress": "10.10.2.204/16", "location": "1F 外来 第3診察室", "vdiHostName": "VDI-EMR-0204", "vdiIpAddress": "10.20.0.204/16", "securityProduct": "ESET Endpoint Protection"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "NMH-IJI-03", "ipAddress": "10.10.3.13/16", "location": "1F 医事課", "securityProduct": "ESET Endpoint Protection"},
    {"systemType": "臨床検査", "usage": "単体", "hostName": "NMH-LAB-01", "ipAddress": "10.10.4.21/16", "location": "1F 検査科", "securityProduct": "Microsoft Defender"},
    {"systemType": "放射線（RIS/PACS）", "usage": "単体", "hostName": "NMH-RAD-02", "ipAddress": "10.10.5.32/16", "location": "1F 放射線科 操作室", "securityProduct": "Microsoft Defender", "remarks": "撮影のない時間帯に限る"},
]
TCOLS = [("systemType", "システム種別(*)"), ("usage", "利用形態(*)\n単体／仮想デスクトップ"),
         ("hostName", "端末ホスト名(*)\n(シンクライアント/FAT)"), ("ipAddress", "IPアドレス(*)\n例 192.168.1.25/24"),
         ("location", "設置場所(*)"), ("vdiHostName", "仮想デスクトップ\nホスト名"), ("vdiIpAddress", "仮想デスクトップ\nIPアドレス"),
         ("securityProduct", "セキュリティ対策製品"), ("remarks", "備考（操作可能時間など）")]
USAGE_W = {"単体": "単体", "仮想デスクトップ": "仮想デスクトップ(VDI)"}


def floorplan(path):
    img = Image.new("RGB", (820, 460), "white"); d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 17)
    d.text((16, 8), "長岡みなみ病院 フロア図（1F／2F）", fill="black", font=f)
    for (x0, y0, x1, y1, t) in [(20, 40, 400, 230, "1F 検査科 機器室 ★回線3"), (420, 40, 800, 230, "1F 外来・医事課 (端末2,3)"),
                                (20, 250, 400, 440, "2F 電算室 ラックA ★回線1・2"), (420, 250, 800, 440, "1F 放射線科 (端末5)")]:
        d.rectangle((x0, y0, x1, y1), outline="black", width=3); d.text((x0 + 8, y0 + 8), t, fill="black", font=f)
    img.save(path)


def main():
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 40
    for col in "CDEF":
        ws.column_dimensions[col].width = 30
    for col in "GHIJK":
        ws.column_dimensions[col].width = 18
    ws["B1"] = "医療機関記入依頼書（回線・機器情報等記入）　※当院控え兼提出用"; ws["B1"].font = Font(bold=True, size=13)
    ws["B2"] = "記入日：R6.8.20　　提出先：医療機関におけるサイバーセキュリティ確保事業 事務局（ポータルへアップロード）"
    ws["B3"] = "※規約（別紙7・別紙8）確認済み。同意する場合は○を付ける。"

    ws["B5"] = "■1 基本情報"; ws["B5"].font = Font(bold=True)
    ws["B6"] = "本施策の同意確認"; ws["C6"] = "○ 同意する"
    ws["B7"] = "医療機関名：" + basic["facilityName"]
    ws["D7"] = "（かな）：" + basic["facilityNameKana"]
    ws["B8"] = "所在地：〒" + basic["postalCode"] + "　" + basic["address"]
    ws["D8"] = "（かな）：" + basic["addressKana"]
    ws["B9"] = "ビル名："
    ws["D9"] = "（かな）："
    ws["B10"] = "病床数：" + str(basic["beds"]) + "床"
    for r in range(6, 11):
        for col in "BCDE":
            ws[f"{col}{r}"].border = B; ws[f"{col}{r}"].alignment = W
    ws.merge_cells("D7:E7"); ws.merge_cells("D8:E8"); ws.merge_cells("D9:E9"); ws.merge_cells("B8:C8")
    ws.merge_cells("B7:C7"); ws.merge_cells("B9:C9"); ws.merge_cells("B10:C10"); ws.merge_cells("C6:E6")

    ws["B12"] = "担当者"; hdr = ["所属・役職", "氏名", "電話番号", "メールアドレス"]
    for i, h in enumerate(hdr):
        ws.cell(row=12, column=3 + i, value=h)
    for n in range(4):
        r = 13 + n
        ws.cell(row=r, column=2, value=f"担当者{'①②③④'[n]}")
        if n < len(contacts):
            ct = contacts[n]
            ws.cell(row=r, column=3, value=ct["department"]); ws.cell(row=r, column=4, value=ct["name"])
            ws.cell(row=r, column=5, value=contact_written_phone.get(n, ct["phoneNumber"]))
            ws.cell(row=r, column=6, value=ct["email"])
    for r in range(12, 17):
        for col in "BCDEF":
            ws[f"{col}{r}"].border = B
            if r == 12:
                ws[f"{col}{r}"].fill = H
    ws["B17"] = "申込内容の確認　確認者（フルネーム）：" + basic["confirmerName"]
    ws.merge_cells("B17:D17"); ws["B17"].border = B

    # ---- 2 transposed line table ----
    ws["B19"] = "■2 回線・機器情報（回線ごとに縦に記入）"; ws["B19"].font = Font(bold=True)
    ws["B20"] = "調査希望は ○＝調査希望あり ／ ×＝調査希望なし、その他 有・無 で記入。回線終端装置(ONU)ごとに1列。"
    r0 = 21
    ws.cell(row=r0, column=2, value="項目"); ws.cell(row=r0, column=3, value="記入例")
    for n in range(len(lines)):
        ws.cell(row=r0, column=4 + n, value=f"回線{n+1}")
    for i, (k, label, mp) in enumerate(ROWS):
        r = r0 + 1 + i
        ws.cell(row=r, column=2, value=label)
        if k in example:
            ws.cell(row=r, column=3, value=example[k])
        for n, ln in enumerate(lines):
            v = ln.get(k)
            if v is None:
                continue
            ws.cell(row=r, column=4 + n, value=mp.get(v, v) if mp else v)
    last = r0 + len(ROWS)
    for r in range(r0, last + 1):
        for col in range(2, 4 + len(lines)):
            c = ws.cell(row=r, column=col); c.border = B; c.alignment = W
            if r == r0:
                c.fill = H; c.font = Font(bold=True)
            elif col == 3:
                c.fill = EX; c.font = Font(color="7F7F7F")
    cells = {}
    for i, (k, label, mp) in enumerate(ROWS):
        cells[k] = r0 + 1 + i

    # ---- 3 terminals ----
    t0 = last + 3
    ws.cell(row=t0 - 1, column=2, value="■3 調査端末情報（5台）").font = Font(bold=True)
    ws.cell(row=t0, column=1, value="No.")
    for i, (k, h) in enumerate(TCOLS):
        ws.cell(row=t0, column=2 + i, value=h)
    ex = ["電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "", "", "Microsoft Defender", ""]
    ws.cell(row=t0 + 1, column=1, value="記入例")
    for i, v in enumerate(ex):
        if v:
            ws.cell(row=t0 + 1, column=2 + i, value=v)
    for n, t in enumerate(terminals):
        r = t0 + 2 + n
        ws.cell(row=r, column=1, value=n + 1)
        for i, (k, h) in enumerate(TCOLS):
            v = t.get(k)
            if v is None:
                continue
            ws.cell(row=r, column=2 + i, value=USAGE_W[v] if k == "usage" else v)
    for r in range(t0, t0 + 2 + len(terminals)):
        for col in range(1, 2 + len(TCOLS)):
            c = ws.cell(row=r, column=col); c.border = B; c.alignment = W
            if r == t0:
                c.fill = H
            if r == t0 + 1:
                c.fill = EX; c.font = Font(color="7F7F7F")
    ws.column_dimensions["A"].width = 7

    # ---- 4 floor plan ----
    f0 = t0 + 2 + len(terminals) + 2
    ws.cell(row=f0, column=2, value="■4 設置場所（フロア図を貼付）").font = Font(bold=True)
    tmp = tempfile.mkdtemp()
    png = os.path.join(tmp, "floor.png"); floorplan(png)
    img = XLImage(png); img.anchor = f"B{f0 + 1}"; ws.add_image(img)
    ws.cell(row=f0 + 1, column=7, value="回線1・回線2：2F 電算室 ラックA")
    ws.cell(row=f0 + 2, column=7, value="回線3：1F 検査科 機器室 壁面")

    src = os.path.join(tmp, NAME + ".xlsx"); wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)

    col_of = lambda n: "DEF"[n]
    exp = {
        "form": "line-device-survey", "version": "R6", "file": NAME + ".xlsx",
        "values": {"basicInfo": basic, "contacts": contacts, "lines": lines, "terminals": terminals,
                   "floorPlan": {"image": True}},
        "planted": [
            {"cells": [f"{SHEET}!{col_of(1)}{cells['vulnerabilityScan']}", f"{SHEET}!{col_of(1)}{cells['communicationType']}"],
             "paths": ["lines[1].vulnerabilityScan", "lines[1].communicationType"],
             "why": "回線2 is a 閉域網 line but 脆弱性診断 is requested (○); lines on a closed network are out of scope for the remote vulnerability scan"},
            {"cells": [f"{SHEET}!{col_of(2)}{cells['globalIpAddress']}"],
             "paths": ["lines[2].globalIpAddress"],
             "why": "回線3 is 固定IP (and 脆弱性診断 requested) but the global IP written is 192.168.1.1, a private address (the router's LAN side)"},
        ],
        "notes": ("Single sheet, LibreOffice re-saved. Basic info is 'label：value' in one cell; 〒 and address share B8 "
                  "('所在地：〒940-2108　新潟県…'). ビル名 left empty (omitted). Consent written as '○ 同意する' in C6. "
                  "Line table is transposed: items in column B, 記入例 in column C (ignore), 回線1-3 in D-F. "
                  "○ = 調査希望あり, × = 調査希望なし; 有/無 = あり/なし; 固定 = 固定IP. 当日 address row left empty. "
                  "Contact ① phone is written with full-width digits and full-width hyphens (０２５８－２４－１１８１) -> 0258-24-1181. "
                  "Terminal No.2 usage is written '仮想デスクトップ(VDI)' -> 仮想デスクトップ. The terminal table has a 記入例 row (ignore). "
                  "No port table in this layout. Floor plan PNG under ■4; 記入日 R6.8.20 is not a form field."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
