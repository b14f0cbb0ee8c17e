#!/usr/bin/python3
"""lds-w22-b: a hospital's own re-drawing of 別紙2-1: basic info with labels ABOVE the values and a ○ mark
for consent; the line sheet TRANSPOSED (items down column B, 記入例 then 回線1..3 across); terminal sheet with a
labelled 記入例 row; floor plan picture; and the password list left in the workbook WITH passwords.
Re-saved by LibreOffice. Planted: credentials present; 固定IP with a private address; 脆弱性診断 requested on a
閉域網 line."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w22-b-label-above-transposed-lines"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
EX = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
# ---------------------------------------------------------------- 基本情報 (labels above values)
ws = wb.active
ws.title = "基本情報記入シート"
for col, w in zip("ABCDEF", [6, 34, 34, 22, 34, 6]):
    ws.column_dimensions[col].width = w
ws["B1"] = "医療機関記入依頼書（回線・機器情報等記入）【基本情報】"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "いしてがわ記念病院 情報管理室 作成 ／ 提出先：サイバーセキュリティ確保事業 事務局"

def label(ref, text):
    ws[ref] = text; ws[ref].fill = HEAD; ws[ref].border = BOX; ws[ref].font = Font(bold=True)

def value(ref, v):
    ws[ref] = v; ws[ref].border = BOX

label("B4", "1. 本施策の同意確認（規約（別紙7・別紙8）を確認のうえ、同意する場合は○を付けてください）")
ws.merge_cells("B4:E4")
ws["A5"] = "○"; ws["A5"].alignment = CENTER
value("B5", "同意する")
label("B7", "2. 医療機関名"); label("C7", "医療機関名（かな）")
value("B8", "社会医療法人石手会 いしてがわ記念病院")
value("C8", "しゃかいいりょうほうじんいしてかい いしてがわきねんびょういん")
label("B10", "3. 郵便番号"); label("C10", "住所"); label("D10", "住所（かな）")
ws.merge_cells("D10:E10")
value("B11", "〒790-0843")
value("C11", "愛媛県松山市道後町二丁目3番15号")
value("D11", "えひめけんまつやましどうごまち2ちょうめ3ばん15ごう")
ws.merge_cells("D11:E11")
label("B13", "4. ビル名"); label("C13", "ビル名（かな）"); label("D13", "5. 病床数")
value("B14", "道後メディカルスクエア")
value("C14", "どうごめでぃかるすくえあ")
value("D14", "120床")
label("B16", "6. 担当者（4名まで）")
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for k, h in enumerate(hdr):
    c = ws.cell(row=17, column=1 + k, value=h); c.fill = HEAD; c.border = BOX; c.alignment = CENTER
contacts_cells = [
    ("情報管理室 係長", "渡部 聡", "089-941-2211", "s-watanabe@ishitegawa-mh.example.jp"),
    ("事務部 施設管理課", "越智 由香", "０８９－９４１－２２１５", "y-ochi@ishitegawa-mh.example.jp"),
    ("放射線科 技師長", "村上 浩二", "089-941-2230", "k-murakami@ishitegawa-mh.example.jp"),
]
for r in range(4):
    ws.cell(row=18 + r, column=1, value=r + 1).border = BOX
    for k in range(4):
        c = ws.cell(row=18 + r, column=2 + k)
        c.border = BOX
        if r < len(contacts_cells):
            c.value = contacts_cells[r][k]
label("B23", "7. 申込内容の確認：確認者名（フルネームでご署名ください）")
ws.merge_cells("B23:C23")
value("B24", "渡部 聡")

# ---------------------------------------------------------------- 回線・機器情報 (transposed)
wl = wb.create_sheet("回線・機器情報記入シート")
wl["A1"] = "回線・機器情報記入シート（縦書き版：1列＝1回線）"
wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "※(*)は必須。C列は記入例です（記入しないでください）。回線が増える場合は列を追加してください。"
rows = [  # (group, label, key)
    ("調査希望", "技術バージョン確認 (*)", "versionCheck"),
    ("調査希望", "脆弱性診断 (*)", "vulnerabilityScan"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)", "ehrConnection"),
    ("", "用途・システム名 (*)", "purpose"),
    ("回線情報", "回線事業者", "carrier"),
    ("回線情報", "回線サービス名", "carrierService"),
    ("回線情報", "回線ID", "lineId"),
    ("回線と紐付くグローバルIP", "通信形態 (*)", "communicationType"),
    ("回線と紐付くグローバルIP", "グローバルIP利用 (*)", "globalIpUse"),
    ("回線と紐付くグローバルIP", "固定IP/動的IP (*)", "ipAssignment"),
    ("回線と紐付くグローバルIP", "グローバルIPアドレス (*)", "globalIpAddress"),
    ("脆弱性診断当日記入欄", "グローバルIP確認", "diagnosisDayCheck"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス", "diagnosisDayAddress"),
    ("", "FQDN", "fqdn"),
    ("プロバイダ情報", "プロバイダ名", "provider"),
    ("プロバイダ情報", "プロバイダ品目", "providerService"),
    ("回線終端装置(ONU/モデム)", "回線終端装置設置場所 (*)", "terminationLocation"),
    ("ルータ/UTM/FW", "メーカー", "deviceMaker"),
    ("ルータ/UTM/FW", "機種名", "deviceModel"),
    ("ルータ/UTM/FW", "ファームウェアバージョン", "firmwareVersion"),
]
example = {"versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり",
           "purpose": "電子カルテ", "carrier": "NTT西日本", "carrierService": "フレッツ光ネクスト",
           "lineId": "CAF0000000000", "communicationType": "インターネットVPN", "globalIpUse": "あり",
           "ipAssignment": "固定IP", "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要",
           "diagnosisDayAddress": "入力不要", "fqdn": "example.xxx", "provider": "○○", "providerService": "○○",
           "terminationLocation": "本部棟 3F サーバー室 1番ラック 3U", "deviceMaker": "○○社",
           "deviceModel": "XXX-1000", "firmwareVersion": "X.X.X"}
lines = [
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="電子カルテ（ベンダ保守）", carrier="NTT西日本", carrierService="フレッツ光ネクスト ファミリー・ハイスピードタイプ",
         lineId="CAF7310025581", communicationType="インターネットVPN", globalIpUse="あり", ipAssignment="固定IP",
         globalIpAddress="192.168.100.1", diagnosisDayCheck="入力不要", fqdn="vpn.ishitegawa-mh.example.jp",
         provider="So-net", providerService="So-net 光 固定IPアドレスサービス",
         terminationLocation="本館 B1F 電算室 ラックA", deviceMaker="Cisco", deviceModel="C1111-4P",
         firmwareVersion="IOS XE 17.9.4a"),
    dict(versionCheck="調査希望あり", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="検体検査（外注検査結果取込）", carrier="NTT西日本", carrierService="フレッツ・VPN ゲート",
         lineId="CAF7310098803", communicationType="閉域網", globalIpUse="なし", diagnosisDayCheck="入力不要",
         terminationLocation="本館 2F 検査室 壁面", deviceMaker="ヤマハ", deviceModel="RTX830",
         firmwareVersion="Rev.15.02.30"),
    dict(versionCheck="調査希望なし", vulnerabilityScan="調査希望あり", ehrConnection="あり",
         purpose="部門システム（給食管理）リモート保守", carrier="KDDI", carrierService="auひかり ビジネス",
         lineId="K-0049217765", communicationType="インターネット", globalIpUse="あり", ipAssignment="固定IP",
         globalIpAddress="106.185.77.12", diagnosisDayCheck="入力不要",
         provider="KDDI", providerService="auひかり ビジネス 固定IP 1",
         terminationLocation="本館 1F 栄養科 事務室", deviceMaker="Fortinet", deviceModel="FortiGate-40F",
         firmwareVersion="v7.0.15"),
]
for col, w in zip("ABCDEF", [22, 34, 26, 30, 30, 30]):
    wl.column_dimensions[col].width = w
for k, h in enumerate(["区分", "項目", "記入例", "回線1", "回線2", "回線3"]):
    c = wl.cell(row=4, column=1 + k, value=h); c.fill = HEAD; c.border = BOX; c.alignment = CENTER
start = 5
prev = None; gstart = None
for n, (g, lab, key) in enumerate(rows):
    r = start + n
    if g != prev:
        if prev and gstart is not None and r - 1 > gstart:
            wl.merge_cells(start_row=gstart, start_column=1, end_row=r - 1, end_column=1)
        wl.cell(row=r, column=1, value=g or None)
        prev, gstart = g, r
    wl.cell(row=r, column=1).border = BOX; wl.cell(row=r, column=1).alignment = CENTER
    wl.cell(row=r, column=2, value=lab).border = BOX
    c = wl.cell(row=r, column=3, value=example.get(key)); c.fill = EX; c.border = BOX
    for m, ln in enumerate(lines):
        wl.cell(row=r, column=4 + m, value=ln.get(key)).border = BOX
        wl.cell(row=r, column=4 + m).alignment = WRAP
last = start + len(rows) - 1
if gstart is not None and last > gstart and prev:
    wl.merge_cells(start_row=gstart, start_column=1, end_row=last, end_column=1)
ROW = {key: start + n for n, (_, _, key) in enumerate(rows)}
wl.freeze_panes = "C5"

# ---------------------------------------------------------------- 調査端末情報
wt = wb.create_sheet("調査端末情報記入シート")
wt["A1"] = "調査端末情報記入シート（5台）"
wt["A1"].font = Font(bold=True, size=13)
th = ["No.", "システム種別(*)", "シングル利用(*)\n単体/仮想デスクトップ", "FAT/シンクライアント\n端末ホスト名(*)",
      "FAT/シンクライアント\nIPアドレス(*)", "設置場所(*)", "仮想デスクトップ\n端末ホスト名", "仮想デスクトップ\nIPアドレス",
      "セキュリティ対策製品", "備考"]
for k, h in enumerate(th):
    c = wt.cell(row=3, column=1 + k, value=h); c.fill = HEAD; c.border = BOX; c.alignment = CENTER
wt.row_dimensions[3].height = 48
for col, w in zip("ABCDEFGHIJ", [9, 16, 18, 20, 19, 26, 18, 19, 24, 30]):
    wt.column_dimensions[col].width = w
tex = ["記入例", "電子カルテ", "単体", "PCXXXX01", "192.168.1.131/24", "西棟 2F ○○室", "VDI-XXXX01",
       "172.16.1.131/24", "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
terminals = [
    dict(systemType="電子カルテ", usage="仮想デスクトップ", hostName="ISH-TC-2W01", ipAddress="10.10.2.21/24",
         location="本館 2F 2階西病棟 スタッフステーション", vdiHostName="ISH-VDI-0201", vdiIpAddress="10.20.0.201/23",
         securityProduct="Trend Micro Apex One", remarks="端末操作可能時間：13:00-15:00\n病棟師長の立会い必須"),
    dict(systemType="電子カルテ", usage="仮想デスクトップ", hostName="ISH-TC-OPD05", ipAddress="10.10.1.55/24",
         location="本館 1F 外来 第5診察室", vdiHostName="ISH-VDI-0105", vdiIpAddress="10.20.0.105/23",
         securityProduct="Trend Micro Apex One", remarks="午後休診日（木曜）希望"),
    dict(systemType="医事会計", usage="単体", hostName="ISH-IJI-PC02", ipAddress="10.10.3.12/24",
         location="本館 1F 医事課 受付裏", securityProduct="Microsoft Defender"),
    dict(systemType="放射線（RIS）", usage="単体", hostName="ISH-RIS-01", ipAddress="10.10.5.31/24",
         location="本館 B1F 放射線科 操作室", securityProduct="ESET Endpoint Security"),
    dict(systemType="部門（給食管理）", usage="単体", hostName="ISH-KYU-01", ipAddress="10.10.6.8/24",
         location="本館 1F 栄養科 事務室", securityProduct="Microsoft Defender"),
]
tkeys = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress",
         "securityProduct", "remarks"]
for k, v in enumerate(tex):
    c = wt.cell(row=4, column=1 + k, value=v); c.fill = EX; c.border = BOX
for n, t in enumerate(terminals):
    wt.cell(row=5 + n, column=1, value=f"No.{n + 1}").border = BOX
    for k, key in enumerate(tkeys):
        c = wt.cell(row=5 + n, column=2 + k, value=t.get(key)); c.border = BOX; c.alignment = WRAP

# ---------------------------------------------------------------- 設置場所記入シート
wp = wb.create_sheet("設置場所記入シート")
wp["A1"] = "設置場所記入シート（フロア図）"
wp["A1"].font = Font(bold=True, size=12)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 17)
img = Image.new("RGB", (860, 600), "white")
d = ImageDraw.Draw(img)
d.text((15, 8), "いしてがわ記念病院 本館 フロア図（B1F〜2F）", fill="black", font=font)
boxes = [((15, 45, 420, 210), "B1F 電算室（ラックA）"), ((430, 45, 845, 210), "B1F 放射線科 操作室"),
         ((15, 225, 280, 420), "1F 医事課"), ((290, 225, 560, 420), "1F 外来 第5診察室"),
         ((570, 225, 845, 420), "1F 栄養科 事務室"), ((15, 435, 420, 590), "2F 検査室"),
         ((430, 435, 845, 590), "2F 2階西病棟 SS")]
for b, t in boxes:
    d.rectangle(b, outline="navy", width=3)
    d.text((b[0] + 8, b[1] + 8), t, fill="black", font=font)
pic = os.path.join(HERE, NAME + ".floorplan.png")
img.save(pic)
wp.add_image(XLImage(pic), "A3")
wp["O3"] = "吹き出し（回線・端末）"
for n, t in enumerate(["回線1 ONU：本館 B1F 電算室 ラックA", "回線2 ONU：本館 2F 検査室 壁面",
                       "回線3 ONU：本館 1F 栄養科 事務室", "No.1 ISH-TC-2W01：2F 2階西病棟 SS",
                       "No.2 ISH-TC-OPD05：1F 外来 第5診察室", "No.3 ISH-IJI-PC02：1F 医事課",
                       "No.4 ISH-RIS-01：B1F 放射線科 操作室", "No.5 ISH-KYU-01：1F 栄養科 事務室"]):
    wp.cell(row=4 + n, column=15, value=t)
wp.column_dimensions["O"].width = 44

# ---------------------------------------------------------------- password list (提出不要, but left in, filled)
wa = wb.create_sheet("アカウント(ログインID)・パスワードリスト")
wa["A1"] = "アカウント（ログインID）・パスワードリスト　※提出不要"
wa["A1"].font = Font(bold=True, size=12)
wa["A3"] = "■調査① インターネット回線/ONUに紐づく装置（ルータ/UTM/FW）"
ah = ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]
for k, h in enumerate(ah):
    c = wa.cell(row=4, column=1 + k, value=h); c.fill = HEAD; c.border = BOX
dev_pw = [("回線1", "Cisco", "C1111-4P", "ishadmin", "Dg0-2024#vpn", "En@ble7731"),
          ("回線2", "ヤマハ", "RTX830", "admin", "Kensa!rtx830", ""),
          ("回線3", "Fortinet", "FortiGate-40F", "admin", "Eiyo_FG40F!", "")]
pw_cells = []
for n, row in enumerate(dev_pw):
    for k, v in enumerate(row):
        c = wa.cell(row=5 + n, column=1 + k, value=v or None); c.border = BOX
        if k in (4, 5) and v:
            pw_cells.append(c.coordinate)
wa["A10"] = "■調査端末（シンクライアント端末/FAT端末）"
th2 = ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]
for k, h in enumerate(th2):
    c = wa.cell(row=11, column=1 + k, value=h); c.fill = HEAD; c.border = BOX
term_pw = [("端末1", "ISH-TC-2W01", "10.10.2.21/24", "nurse2w", "Ns2w#0401"),
           ("端末2", "ISH-TC-OPD05", "10.10.1.55/24", "opd05", "Opd05#0401"),
           ("端末3", "ISH-IJI-PC02", "10.10.3.12/24", "iji02", "Iji-Pc02!"),
           ("端末4", "ISH-RIS-01", "10.10.5.31/24", "risuser", "Ris01$user"),
           ("端末5", "ISH-KYU-01", "10.10.6.8/24", "kyushoku", "Kyu01%eiyo")]
for n, row in enumerate(term_pw):
    for k, v in enumerate(row):
        c = wa.cell(row=12 + n, column=1 + k, value=v); c.border = BOX
        if k == 4:
            pw_cells.append(c.coordinate)
wa["A18"] = "備考（接続先情報など）"
wa["B18"] = "回線1のルータは保守ベンダ（四国メディカルシステムズ）管理"
for col, w in zip("ABCDEF", [10, 18, 18, 20, 18, 26]):
    wa.column_dimensions[col].width = w

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
os.remove(pic)
# re-save with LibreOffice, as the hospital did
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
env = dict(os.environ, HOME=tmpdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True, env=env,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpdir)

LS = "回線・機器情報記入シート"
expected = {
    "form": "line-device-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "basicInfo": {
            "consent": "同意する",
            "facilityName": "社会医療法人石手会 いしてがわ記念病院",
            "facilityNameKana": "しゃかいいりょうほうじんいしてかい いしてがわきねんびょういん",
            "postalCode": "790-0843",
            "address": "愛媛県松山市道後町二丁目3番15号",
            "addressKana": "えひめけんまつやましどうごまち2ちょうめ3ばん15ごう",
            "building": "道後メディカルスクエア",
            "buildingKana": "どうごめでぃかるすくえあ",
            "beds": 120,
            "confirmerName": "渡部 聡",
        },
        "contacts": [
            dict(department="情報管理室 係長", name="渡部 聡", phoneNumber="089-941-2211",
                 email="s-watanabe@ishitegawa-mh.example.jp"),
            dict(department="事務部 施設管理課", name="越智 由香", phoneNumber="089-941-2215",
                 email="y-ochi@ishitegawa-mh.example.jp"),
            dict(department="放射線科 技師長", name="村上 浩二", phoneNumber="089-941-2230",
                 email="k-murakami@ishitegawa-mh.example.jp"),
        ],
        "lines": lines,
        "terminals": terminals,
        "floorPlan": {"image": True},
    },
    "planted": [
        {"cells": [f"{LS}!D{ROW['globalIpAddress']}", f"{LS}!D{ROW['ipAssignment']}"],
         "paths": ["lines[0].globalIpAddress"],
         "why": "回線1 is 固定IP but the グローバルIPアドレス given is a private address (192.168.100.1, the router's LAN side)"},
        {"cells": [f"{LS}!E{ROW['vulnerabilityScan']}", f"{LS}!E{ROW['communicationType']}"],
         "paths": ["lines[1].vulnerabilityScan"],
         "why": "脆弱性診断 調査希望あり on a 閉域網 line with グローバルIP利用 なし (閉域網に接続された回線は対象外)"},
        {"cells": [f"アカウント(ログインID)・パスワードリスト!{c}" for c in pw_cells],
         "paths": ["credentials"],
         "why": "the password list (提出不要) is left in the workbook with passwords filled in"},
    ],
    "notes": ("Basic info uses labels above values; consent is a ○ in A5 before 同意する. Postal code written '〒790-0843'; "
              "病床数 written as text '120床'. Contact 2's phone is written in full-width digits and hyphens "
              "(０８９－９４１－２２１５). The line sheet is transposed: column C is the 記入例 column, D/E/F are 回線1-3. "
              "回線2 (閉域網, グローバルIP利用 なし) has 固定IP/動的IP and グローバルIPアドレス blank. "
              "Terminal row 4 is 記入例. No port table in this layout. Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("done", pw_cells)
