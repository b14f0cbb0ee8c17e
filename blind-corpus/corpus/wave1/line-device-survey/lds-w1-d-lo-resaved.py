#!/usr/bin/python3
# Generator for lds-w1-d-lo-resaved.xlsx
# Role: hospital 総務課長 (うたづ臨海病院) on a print-style copy (spacer columns, merged label cells, hidden choice
# sheet), written by openpyxl and then re-saved by LibreOffice.
# Planted: 脆弱性診断 requested on a 閉域網 line without global IP (回線2); a 仮想デスクトップ terminal without VDI
# host/IP (No.2); no floor plan on 設置場所記入シート (only a note that it will be posted later).
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w1-d-lo-resaved"

thin = Side(style="thin")
med = Side(style="medium")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
LABF = PatternFill("solid", fgColor="FCE4D6")
GRPF = PatternFill("solid", fgColor="F4B084")
EXF = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def bx(c, fill=None, bold=False, center=False):
    c.border = BORDER
    c.alignment = CEN if center else WRAP
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)


wb = Workbook()
# ---------------------------------------------------------------- 基本情報記入シート
ws = wb.active
ws.title = "基本情報記入シート"
ws.column_dimensions["A"].width = 2  # spacer
ws.column_dimensions["B"].width = 14
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 2  # spacer
ws.column_dimensions["E"].width = 40
ws.column_dimensions["F"].width = 2
ws.column_dimensions["G"].width = 36
ws["B1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　基本情報記入シート"
ws["B1"].font = Font(bold=True, size=13)
ws.merge_cells("B3:C3")
ws["B3"] = "本施策の同意確認"
bx(ws["B3"], LABF, True)
ws["E3"] = "同意する"
bx(ws["E3"])
ws["G3"] = "←規約（別紙7・別紙8）確認のうえ選択"
ws["G3"].font = Font(size=9, color="808080")

ws["B5"] = "■お客様情報（医療機関情報）"
ws["B5"].font = Font(bold=True)
# merged label cells spanning 2 rows: 医療機関名 + (かな), 住所 + (かな), ビル名 + (かな)
blocks = [
    (6, "医療機関名", "医療法人 青海会 うたづ臨海病院", "いりょうほうじん せいかいかい うたづりんかいびょういん"),
    (8, "住所", "〒769-0210　香川県綾歌郡宇多津町浜一番丁7番地",
     "かがわけんあやうたぐんうたづちょうはまいちばんちょう7ばんち"),
    (10, "ビル名", None, None),
]
for r, lab, v, kana in blocks:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    ws.cell(r, 2, lab)
    bx(ws.cell(r, 2), LABF, True)
    bx(ws.cell(r + 1, 2), LABF)
    ws.cell(r, 3, "")
    bx(ws.cell(r, 3), LABF)
    ws.cell(r + 1, 3, "(かな)")
    bx(ws.cell(r + 1, 3), LABF)
    bx(ws.cell(r, 5))
    bx(ws.cell(r + 1, 5))
    ws.cell(r, 5).value = v
    ws.cell(r + 1, 5).value = kana
ws.merge_cells("B12:C12")
ws["B12"] = "病床数"
bx(ws["B12"], LABF, True)
ws["E12"] = 92
bx(ws["E12"])

ws["B14"] = "■ご担当者情報"
ws["B14"].font = Font(bold=True)
contacts = [
    ("事務部 総務課長", "久保 直樹", "0877-49-1201", "kubo@utazu-rinkai.or.jp"),
    ("診療情報管理室", "岡 綾香", "0877-49-1201", "oka@utazu-rinkai.or.jp"),
    ("放射線科 技師長", "田中 誠", "0877-49-1255", "tanaka-m@utazu-rinkai.or.jp"),
    (None, None, None, None),
]
r = 15
for n, (dep, nm, tel, mail) in enumerate(contacts):
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    ws.cell(r, 2, f"担当者{n + 1}")
    bx(ws.cell(r, 2), LABF, True)
    bx(ws.cell(r + 1, 2), LABF)
    ws.cell(r, 3, "所属・役職／氏名")
    ws.cell(r + 1, 3, "電話番号／メール")
    bx(ws.cell(r, 3), LABF)
    bx(ws.cell(r + 1, 3), LABF)
    ws.cell(r, 5, dep)
    ws.cell(r, 7, nm)
    ws.cell(r + 1, 5, tel)
    ws.cell(r + 1, 7, mail)
    for rr in (r, r + 1):
        bx(ws.cell(rr, 5))
        bx(ws.cell(rr, 7))
    r += 2
ws["B24"] = "■申込内容の確認"
ws["B24"].font = Font(bold=True)
ws.merge_cells("B25:C25")
ws["B25"] = "確認者名（医療機関のご担当者名）"
bx(ws["B25"], LABF, True)
ws.row_dimensions[25].height = 30
ws["E25"] = "久保　直樹"
bx(ws["E25"])

# ---------------------------------------------------------------- hidden choices
wc = wb.create_sheet("選択肢")
for i, v in enumerate(["同意する", "", "調査希望あり", "調査希望なし", "", "あり", "なし", "", "固定IP", "動的IP",
                       "", "確認済み", "入力不要", "", "単体", "仮想デスクトップ"]):
    wc.cell(i + 1, 1, v or None)
wc.sheet_state = "hidden"
d0 = DataValidation(type="list", formula1="=選択肢!$A$1", allow_blank=True)
ws.add_data_validation(d0)
d0.add("E3")

# ---------------------------------------------------------------- 回線・機器情報記入シート (spacer columns)
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート"
wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "(*)必須。記入例の行は消さないでください。"
# columns: None = spacer
layout = [
    ("", "", None),
    ("調査希望", "技術バージョン確認 (*)", "versionCheck"),
    ("調査希望", "脆弱性診断 (*)", "vulnerabilityScan"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection"),
    ("", "用途・システム名 (*)", "purpose"),
    ("", "通信形態 (*)", "communicationType"),
    None,
    ("グローバルIP", "グローバルIP利用 (*)", "globalIpUse"),
    ("グローバルIP", "固定IP/動的IP (*)", "ipAssignment"),
    ("グローバルIP", "グローバルIPアドレス (*)", "globalIpAddress"),
    ("グローバルIP", "FQDN", "fqdn"),
    ("脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress"),
    None,
    ("プロバイダ情報", "プロバイダ名", "provider"),
    ("プロバイダ情報", "プロバイダ品目", "providerService"),
    ("回線情報", "回線事業者", "carrier"),
    ("回線情報", "回線サービス名", "carrierService"),
    ("回線情報", "回線ID", "lineId"),
    ("回線情報", "回線名", "lineName"),
    ("回線情報", "回線の種類", "lineKind"),
    ("", "回線終端装置設置場所 (*)", "terminationLocation"),
    None,
    ("機器情報(ルータ/UTM/FW)", "メーカー", "deviceMaker"),
    ("機器情報(ルータ/UTM/FW)", "機種名", "deviceModel"),
    ("機器情報(ルータ/UTM/FW)", "ファームウェアバージョン", "firmwareVersion"),
]
H1, H2 = 4, 5
col_of = {}
i = 0
while i < len(layout):
    c = i + 1
    if layout[i] is None:
        wl.column_dimensions[wl.cell(1, c).column_letter].width = 2
        i += 1
        continue
    g, sub, key = layout[i]
    col_of[key] = c
    wl.column_dimensions[wl.cell(1, c).column_letter].width = 8 if key is None else 16
    if not g:
        wl.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
        wl.cell(H1, c, sub)
        bx(wl.cell(H1, c), GRPF, True, True)
        bx(wl.cell(H2, c), GRPF)
        i += 1
        continue
    j = i
    while j < len(layout) and layout[j] is not None and layout[j][0] == g:
        j += 1
    wl.merge_cells(start_row=H1, start_column=c, end_row=H1, end_column=j)
    wl.cell(H1, c, g)
    for k in range(i, j):
        bx(wl.cell(H1, k + 1), GRPF, True, True)
        wl.cell(H2, k + 1, layout[k][1])
        bx(wl.cell(H2, k + 1), LABF, True, True)
        col_of[layout[k][2]] = k + 1
    i = j
wl.row_dimensions[H2].height = 45

ex = {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
      "purpose": "電子カルテ", "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
      "globalIpAddress": "121.119.249.222", "fqdn": "example.xxx", "diagnosisDayCheck": "入力不要",
      "provider": "NTT東日本", "providerService": "Bフレッツサービス", "carrier": "NTT東日本",
      "carrierService": "フレッツ光ネクスト", "lineId": "CAF0000000000", "lineName": "〇〇回線", "lineKind": "光回線",
      "terminationLocation": "本部棟 3F サーバー室", "deviceMaker": "YAMAHA", "deviceModel": "RTX1210",
      "firmwareVersion": "Rev.14.01.xx"}
lines = [
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "電子カルテ", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "114.160.35.201", "diagnosisDayCheck": "入力不要",
     "provider": "OCN", "providerService": "OCN 光 IPoE 固定IPv4", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光クロス", "lineId": "CAF5527730410", "lineName": "電カル保守", "lineKind": "光回線",
     "terminationLocation": "1F サーバ室 ラック1", "deviceMaker": "Cisco", "deviceModel": "ISR1100-4G",
     "firmwareVersion": "IOS XE 17.6.5"},
    {"versionCheck": "調査希望なし", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "検査（外注検査結果受信）", "communicationType": "閉域網", "globalIpUse": "なし",
     "carrier": "NTT西日本", "carrierService": "フレッツ・VPN ゲート", "lineId": "CAF5527810029",
     "lineName": "検査センター接続回線", "lineKind": "光回線", "terminationLocation": "1F 検査室 壁面ラック",
     "deviceMaker": "ヤマハ", "deviceModel": "RTX830", "firmwareVersion": "Rev.15.02.29"},
    {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
     "purpose": "PACS", "communicationType": "インターネット", "globalIpUse": "あり", "ipAssignment": "動的IP",
     "globalIpAddress": "126.78.150.33", "provider": "ソフトバンク", "providerService": "SoftBank 光 ビジネス",
     "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス", "lineId": "CAF5528004472",
     "lineName": "遠隔画像診断回線", "lineKind": "光回線", "terminationLocation": "2F 放射線科 操作室",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate 40F", "firmwareVersion": "v7.2.5"},
]
TRAIL = {(0, "versionCheck"), (2, "ehrConnection")}  # cells written with a trailing space
R0 = 6
wl.cell(R0, 1, "記入例")
for k, v in ex.items():
    wl.cell(R0, col_of[k], v)
for c in range(1, len(layout) + 1):
    if layout[c - 1] is not None:
        wl.cell(R0, c).fill = EXF
        wl.cell(R0, c).font = Font(color="808080")
        bx(wl.cell(R0, c))
for n in range(5):
    rr = R0 + 1 + n
    wl.cell(rr, 1, f"回線{n + 1}")
    if n < len(lines):
        for k, v in lines[n].items():
            wl.cell(rr, col_of[k], v + " " if (n, k) in TRAIL else v)
    for c in range(1, len(layout) + 1):
        if layout[c - 1] is not None:
            bx(wl.cell(rr, c))
d1 = DataValidation(type="list", formula1="=選択肢!$A$3:$A$4", allow_blank=True)
wl.add_data_validation(d1)
L = lambda k: wl.cell(1, col_of[k]).column_letter  # noqa: E731
d1.add(f"{L('versionCheck')}7:{L('vulnerabilityScan')}11")

PR = 14
wl.cell(PR, 1, "■機器のポート情報").font = Font(bold=True)
ph = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for k, t in enumerate(ph):
    wl.cell(PR + 1, 2 + k, t)
    bx(wl.cell(PR + 1, 2 + k), LABF, True, True)
ports = [
    ["回線1", "Cisco ISR1100-4G", "Gi0/1/0", "CORE-SW01", "172.16.1.1", 443, "HTTPS", "接続あり"],
    ["回線2", "ヤマハ RTX830", "LAN1", "LAB-SV01", "172.16.3.10", 1433, "TCP", "接続あり"],
    ["回線3", "Fortinet FortiGate 40F", "lan1", "PACS-SV01", "172.16.2.10", 104, "DICOM", "接続あり"],
]
for n, p in enumerate(ports):
    for k, v in enumerate(p):
        wl.cell(PR + 2 + n, 2 + k, v)
        bx(wl.cell(PR + 2 + n, 2 + k))

# ---------------------------------------------------------------- 調査端末情報記入シート
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート"
wt["A1"].font = Font(bold=True, size=13)
hdr1 = ["", "システム種別 (*)", "シングル利用 (*)", None, "シンクル端末/FAT端末", None, None, None, "仮想デスクトップ",
        None, None, "セキュリティ対策製品", "備考"]
hdr2 = [None, None, None, None, "端末ホスト名 (*)", "IPアドレス (*)", "設置場所 (*)", None, "端末ホスト名",
        "IPアドレス", None, None, None]
for k in range(len(hdr1)):
    if k in (3, 7, 10):  # spacer columns D, H, K
        wt.column_dimensions[wt.cell(1, k + 1).column_letter].width = 2
        continue
    wt.cell(3, k + 1, hdr1[k])
    wt.cell(4, k + 1, hdr2[k])
    bx(wt.cell(3, k + 1), GRPF, True, True)
    bx(wt.cell(4, k + 1), LABF, True, True)
for c in (1, 2, 3, 12, 13):
    wt.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
wt.merge_cells("E3:G3")
wt.merge_cells("I3:J3")
for col, w in zip("ABCEFGIJLM", [8, 13, 16, 14, 17, 26, 14, 17, 22, 26]):
    wt.column_dimensions[col].width = w
TCOL = [1, 2, 3, 5, 6, 7, 9, 10, 12, 13]
tex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", "PCXXXX", "192.168.1.25/24",
       "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terminals = [
    ["No.1", "電子カルテ", "単体", "UR-EMR-011", "172.16.1.111/24", "2F 外来 診察室1", None, None,
     "Microsoft Defender", None],
    ["No.2", "電子カルテ", "仮想デスクトップ", "UR-TC-201", "172.16.1.201/24", "3F 病棟 ナースステーション", None,
     None, "Trend Micro Apex One", None],
    ["No.3", "PACS", "単体", "UR-PACS-01", "172.16.2.51/24", "2F 放射線科 読影室", None, None,
     "Trend Micro Apex One", "検査中は不可（放射線科に声掛け）"],
]
for k, v in zip(TCOL, tex):
    wt.cell(5, k, v).fill = EXF
for n, t in enumerate(terminals):
    for k, v in zip(TCOL, t):
        wt.cell(6 + n, k, v)
for n in range(3, 5):
    wt.cell(6 + n, 1, f"No.{n + 1}")
for rr in range(5, 11):
    for k in TCOL:
        bx(wt.cell(rr, k))

# ---------------------------------------------------------------- 設置場所記入シート (no image)
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート"
wp["A1"].font = Font(bold=True, size=13)
wp["A3"] = "平面図またはフロア図の画像をここに貼り付けてください（必須）。"
wp["A5"] = "→ 平面図は施設課で作成中のため、後日紙で郵送します。（久保）"
wp["A5"].font = Font(color="FF0000")

wb.active = 0
tmpdir = tempfile.mkdtemp()
src = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(src)
profile = "file://" + os.path.join(tmpdir, "lo_profile")
outdir = os.path.join(tmpdir, "out")
os.makedirs(outdir)
subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
                "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
print("wrote (LibreOffice re-saved)", os.path.join(HERE, NAME + ".xlsx"))

# ---------------------------------------------------------------- expected
TK = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress", "securityProduct",
      "remarks"]
PK = ["line", "device", "port", "deviceName", "ipAddress", "portNumber", "protocol", "connectionStatus"]
vs = L("vulnerabilityScan")
ct = L("communicationType")
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "医療法人 青海会 うたづ臨海病院",
            "facilityNameKana": "いりょうほうじん せいかいかい うたづりんかいびょういん",
            "postalCode": "769-0210",
            "address": "香川県綾歌郡宇多津町浜一番丁7番地",
            "addressKana": "かがわけんあやうたぐんうたづちょうはまいちばんちょう7ばんち",
            "beds": 92,
            "confirmerName": "久保　直樹",
        },
        "contacts": [{"department": d, "name": n, "phoneNumber": t, "email": m} for (d, n, t, m) in contacts[:3]],
        "lines": lines,
        "ports": [{k: v for k, v in zip(PK, p) if v is not None} for p in ports],
        "terminals": [{k: v for k, v in zip(TK, t[1:]) if v is not None} for t in terminals],
    },
    "planted": [
        {"cells": [f"回線・機器情報記入シート!{vs}8", f"回線・機器情報記入シート!{ct}8"],
         "paths": ["lines[1].vulnerabilityScan", "lines[1].communicationType"],
         "why": "脆弱性診断 調査希望あり on 回線2, a 閉域網 line with グローバルIP利用 なし: 閉域網に接続された回線は"
                "脆弱性診断の対象外 (requires a global IP and not 閉域網)"},
        {"cells": ["調査端末情報記入シート!I7", "調査端末情報記入シート!J7"],
         "paths": ["terminals[1].vdiHostName", "terminals[1].vdiIpAddress"],
         "why": "No.2 is 仮想デスクトップ but the 仮想デスクトップ 端末ホスト名 and IPアドレス are blank"},
        {"cells": ["設置場所記入シート!A3"], "paths": ["floorPlan.image"],
         "why": "no floor-plan picture on 設置場所記入シート (平面図/フロア図 is required); only a note saying it "
                "will be posted later"},
    ],
    "notes": (
        "Written by openpyxl then re-saved by LibreOffice (soffice --convert-to xlsx). Print-style with blank "
        "narrow spacer columns: on 回線・機器情報記入シート columns G, N and W are spacers; on 調査端末情報記入シート "
        "columns D, H, K are spacers (so VDI host/IP are I/J). 記入例 rows (row 6 lines, row 5 terminals) must be "
        "ignored; 回線4/回線5 and No.4/No.5 are empty spare rows. Two cells have a trailing space on purpose: "
        "回線1 技術バージョン確認 '調査希望あり ' and 回線3 電子カルテ接続 'あり ' (canonical values without the "
        "space). Address cell holds '〒769-0210　香川県綾歌郡宇多津町浜一番丁7番地' (half-width postal code, "
        "full-width space). Name/kana/address/building use merged two-row label cells with (かな) in the second "
        "label column; ビル名 blank. Contacts: each is two rows (所属・役職 / 氏名, then 電話番号 / メール); "
        "contact 4 empty. Confirmer written with a full-width space '久保　直樹'. 回線2's IP columns are blank "
        "(閉域網, no global IP) - the planted problem is the scan request. 回線3 is 動的IP pre-diagnosis: 当日 "
        "cells blank. Hidden sheet '選択肢'. Global IPs are invented addresses in public ranges."
        " Only 3 terminals are listed (fewer than 5 is a catalogue warning, not a planted mistake)."
    ),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote expected")
