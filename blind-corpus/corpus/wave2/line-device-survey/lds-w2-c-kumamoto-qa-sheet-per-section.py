#!/usr/bin/python3
# Generator for lds-w2-c-kumamoto-qa-sheet-per-section.xlsx
# Role: hospital IT section (医療情報課) of a 312-bed hospital in Kumamoto city, which keeps its own copy of the
# request split one sheet per section: 記入要領 / 1_基本情報 (No.|設問|回答 questionnaire, contacts as a
# transposed block) / 2_回線 (blocks reordered: line identity first, single-row headers) / 2-2_機器ポート /
# 3_調査端末 (two VDI terminals) / 4_設置場所 (floor plan) / hidden "リスト" sheet feeding the drop-downs.
# The password list was deleted before sending (提出不要). A dynamic-IP line has the 診断当日 columns filled.
# Built with openpyxl, re-saved by LibreOffice. No planted problem.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

NAME = "lds-w2-c-kumamoto-qa-sheet-per-section"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="FCE4D6"); EXF = PatternFill("solid", fgColor="D9D9D9")
W = Alignment(wrap_text=True, vertical="top")

basic = {
    "consent": "同意する",
    "facilityName": "社会医療法人 白川会 くまもと白川病院",
    "facilityNameKana": "しゃかいいりょうほうじん しらかわかい くまもとしらかわびょういん",
    "postalCode": "862-0950",
    "address": "熊本県熊本市中央区水前寺6丁目41番5号",
    "addressKana": "くまもとけんくまもとしちゅうおうくすいぜんじ6ちょうめ41ばん5ごう",
    "building": "白川メディカルセンタービル",
    "buildingKana": "しらかわめでぃかるせんたーびる",
    "beds": 312,
    "confirmerName": "緒方 隆之",
}
contacts = [
    {"department": "医療情報課 課長", "name": "緒方 隆之", "phoneNumber": "096-385-2211", "email": "ogata-t@kumamoto-shirakawa.or.jp"},
    {"department": "医療情報課 SE", "name": "村上 沙織", "phoneNumber": "096-385-2211", "email": "murakami-s@kumamoto-shirakawa.or.jp"},
    {"department": "施設管理課 主任", "name": "田尻 誠", "phoneNumber": "096-385-2240", "email": "tajiri-m@kumamoto-shirakawa.or.jp"},
]
# 2_回線: blocks reordered (identity → 調査希望 → IP → device)
LCOLS = [
    ("lineName", "回線名"), ("lineKind", "回線の種類"), ("carrier", "回線事業者"), ("carrierService", "回線サービス名"),
    ("lineId", "回線ID"), ("provider", "プロバイダ名"), ("providerService", "プロバイダ品目"),
    ("terminationLocation", "回線終端装置(ONU/モデム)設置場所 (*)"),
    ("versionCheck", "調査希望：技術バージョン確認 (*)"), ("vulnerabilityScan", "調査希望：脆弱性診断 (*)"),
    ("ehrConnection", "電子カルテ系NWとの接続 (*)"), ("purpose", "用途・システム名 (*)"), ("communicationType", "通信形態 (*)"),
    ("globalIpUse", "グローバルIP利用 (*)"), ("ipAssignment", "固定IP/動的IP (*)"), ("globalIpAddress", "グローバルIPアドレス (*)"),
    ("diagnosisDayCheck", "診断当日：グローバルIP確認"), ("diagnosisDayAddress", "診断当日：グローバルIPアドレス"),
    ("fqdn", "FQDN"), ("deviceMaker", "ルータ/UTM/FW メーカー"), ("deviceModel", "ルータ/UTM/FW 機種名"),
    ("firmwareVersion", "ファームウェアバージョン"),
]
example = {"lineName": "電子カルテ保守回線", "lineKind": "光回線", "carrier": "NTT東日本", "carrierService": "フレッツ光ネクスト",
           "lineId": "CAF0000000000", "provider": "NTT東日本", "providerService": "Bフレッツサービス",
           "terminationLocation": "本部棟 3F サーバー室 -1番ラック 3U", "versionCheck": "調査希望あり",
           "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "電子カルテ",
           "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
           "globalIpAddress": "121.119.249.222", "diagnosisDayCheck": "入力不要", "fqdn": "example.xxx"}
lines = [
    {"lineName": "電子カルテ リモート保守回線", "lineKind": "光回線", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光ネクスト ビジネスタイプ", "lineId": "CAF4310228871", "provider": "IIJ",
     "providerService": "IIJ FiberAccess/F 固定IP", "terminationLocation": "本館 B1F サーバー室 ラック3 上段",
     "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "電子カルテ",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "210.138.74.33", "diagnosisDayCheck": "入力不要", "fqdn": "emr-gw.kumamoto-shirakawa.or.jp",
     "deviceMaker": "Fortinet", "deviceModel": "FortiGate 100F", "firmwareVersion": "v7.4.4"},
    {"lineName": "遠隔読影回線", "lineKind": "光回線", "carrier": "NTT西日本", "carrierService": "フレッツ 光クロス",
     "lineId": "CAF4310229104", "provider": "OCN", "providerService": "OCN光 IPoE 固定IP8",
     "terminationLocation": "本館 1F 放射線部 サーバー庫", "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり",
     "ehrConnection": "あり", "purpose": "PACS", "communicationType": "インターネットVPN", "globalIpUse": "あり",
     "ipAssignment": "固定IP", "globalIpAddress": "122.249.181.9", "diagnosisDayCheck": "入力不要",
     "deviceMaker": "ヤマハ", "deviceModel": "RTX1300", "firmwareVersion": "Rev.23.00.08"},
    {"lineName": "医事・オンライン請求用", "lineKind": "光回線", "carrier": "九州通信ネットワーク（QTNet）",
     "carrierService": "BBIQ 光ビジネス", "lineId": "BQ-7720-4418", "provider": "BBIQ",
     "providerService": "BBIQ ビジネスプラン（動的IP）", "terminationLocation": "本館 1F 医事課 カウンター裏 ラック",
     "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望あり", "ehrConnection": "あり", "purpose": "医事",
     "communicationType": "インターネット", "globalIpUse": "あり", "ipAssignment": "動的IP",
     "globalIpAddress": "220.208.45.117", "diagnosisDayCheck": "確認済み", "diagnosisDayAddress": "220.208.47.202",
     "deviceMaker": "NEC", "deviceModel": "UNIVERGE IX2235", "firmwareVersion": "Ver.10.8.21"},
    {"lineName": "透析システム保守回線", "lineKind": "光回線", "carrier": "NTT西日本",
     "carrierService": "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "lineId": "CAF4310233560", "provider": "SANNET",
     "providerService": "SANNET 光 固定IP1", "terminationLocation": "南館 2F 透析室 機械室",
     "versionCheck": "調査希望あり", "vulnerabilityScan": "調査希望なし", "ehrConnection": "あり", "purpose": "透析",
     "communicationType": "インターネットVPN", "globalIpUse": "あり", "ipAssignment": "固定IP",
     "globalIpAddress": "202.213.160.88", "diagnosisDayCheck": "入力不要",
     "deviceMaker": "Cisco", "deviceModel": "ISR 1111-4P", "firmwareVersion": "IOS XE 17.9.4a"},
]
PCOLS = [("line", "対象回線"), ("device", "機器（ルータ/UTM/FW）"), ("port", "ポート (*)"), ("deviceName", "接続機器名 (*)"),
         ("ipAddress", "IPアドレス (*)"), ("portNumber", "ポート番号 (*)"), ("protocol", "プロトコル (*)"), ("connectionStatus", "接続状況")]
ports = [
    {"line": "回線1", "device": "FortiGate 100F", "port": "port1", "deviceName": "電子カルテ基幹SW", "ipAddress": "172.16.0.1", "portNumber": 443, "protocol": "HTTPS", "connectionStatus": "接続あり"},
    {"line": "回線1", "device": "FortiGate 100F", "port": "port2", "deviceName": "電子カルテ保守端末", "ipAddress": "172.16.9.10", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
    {"line": "回線2", "device": "RTX1300", "port": "LAN1", "deviceName": "PACSゲートウェイ", "ipAddress": "172.16.30.1", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
    {"line": "回線3", "device": "IX2235", "port": "GE0", "deviceName": "医事会計サーバ", "ipAddress": "172.16.20.1", "portNumber": 23, "protocol": "Telnet", "connectionStatus": "接続なし"},
    {"line": "回線4", "device": "ISR 1111-4P", "port": "Gi0/1/0", "deviceName": "透析管理サーバ", "ipAddress": "172.16.50.1", "portNumber": 22, "protocol": "SSH", "connectionStatus": "接続あり"},
]
terminals = [
    {"systemType": "電子カルテ", "usage": "仮想デスクトップ", "hostName": "KSH-TC-0512", "ipAddress": "172.16.101.12/22",
     "location": "本館 5F 西病棟 ナースステーション", "vdiHostName": "KSH-VDI-0512", "vdiIpAddress": "172.18.5.12/22",
     "securityProduct": "Trend Micro Apex One", "remarks": "端末操作可能時間：13:00-15:00"},
    {"systemType": "電子カルテ", "usage": "単体", "hostName": "KSH-EMR-0107", "ipAddress": "172.16.100.107/22",
     "location": "本館 1F 外来 第7診察室", "securityProduct": "Trend Micro Apex One", "remarks": "午後休診の水曜日のみ可"},
    {"systemType": "医事会計", "usage": "単体", "hostName": "KSH-IJI-0003", "ipAddress": "172.16.20.33/24",
     "location": "本館 1F 医事課", "securityProduct": "Trend Micro Apex One"},
    {"systemType": "PACS", "usage": "単体", "hostName": "KSH-PACS-V02", "ipAddress": "172.16.30.52/24",
     "location": "本館 1F 放射線部 読影室", "securityProduct": "Microsoft Defender for Endpoint"},
    {"systemType": "部門（透析）", "usage": "仮想デスクトップ", "hostName": "KSH-TC-2201", "ipAddress": "172.16.102.201/22",
     "location": "南館 2F 透析室", "vdiHostName": "KSH-VDI-2201", "vdiIpAddress": "172.18.22.1/22",
     "securityProduct": "Trend Micro Apex One", "remarks": "透析中は操作不可（17:30以降）"},
]


def floorplan(path):
    img = Image.new("RGB", (960, 600), "white"); d = ImageDraw.Draw(img)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 18)
    d.text((18, 8), "くまもと白川病院 本館・南館 フロア図（調査対象機器位置）", fill="black", font=f)
    rooms = [(20, 50, 320, 300, "本館B1F サーバー室 ラック3 [回線1]"), (330, 50, 630, 300, "本館1F 放射線部 [回線2][端末4]"),
             (640, 50, 940, 300, "本館1F 医事課 [回線3][端末3]"), (20, 320, 320, 580, "本館1F 外来7診 [端末2]"),
             (330, 320, 630, 580, "本館5F 西病棟NS [端末1]"), (640, 320, 940, 580, "南館2F 透析室 [回線4][端末5]")]
    for (x0, y0, x1, y1, t) in rooms:
        d.rectangle((x0, y0, x1, y1), outline="black", width=3); d.text((x0 + 8, y0 + 8), t, fill="black", font=f)
    img.save(path)


def hdr(ws, row, labels, col0=1):
    for i, h in enumerate(labels):
        c = ws.cell(row=row, column=col0 + i, value=h); c.fill = HF; c.border = B; c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")


def main():
    wb = Workbook()
    ws = wb.active; ws.title = "記入要領"
    notes = ["医療機関記入依頼書（回線・機器情報等記入）— 当院作成用ブック", "",
             "1. 「1_基本情報」の回答欄に記入。同意確認は規約（別紙7・別紙8）を読んだうえで「同意する」を選択。",
             "2. 「2_回線」は電子カルテ系ネットワークに繋がる回線を1行1回線で記入。記入例の行は消さない。",
             "3. 動的IPの回線は、脆弱性診断当日にグローバルIPを再確認し「診断当日」欄を記入して再アップロード。",
             "4. 「3_調査端末」は5台。仮想デスクトップの場合はVDI側のホスト名・IPも記入。",
             "5. 「4_設置場所」にフロア図を貼り、回線終端装置と端末の位置を示す。",
             "6. ID・パスワードリストは提出不要のため、このブックには含めない（情報課で別管理）。",
             "", "記入日：令和6年8月30日／診断当日欄追記：令和6年10月23日"]
    for i, t in enumerate(notes):
        ws.cell(row=1 + i, column=1, value=t)
    ws["A1"].font = Font(bold=True, size=13); ws.column_dimensions["A"].width = 110

    # hidden list sheet
    ls = wb.create_sheet("リスト")
    lists = {"A": ["調査希望あり", "調査希望なし"], "B": ["あり", "なし"], "C": ["固定IP", "動的IP"],
             "D": ["確認済み", "入力不要"], "E": ["単体", "仮想デスクトップ"], "F": ["同意する"],
             "G": ["インターネット", "インターネットVPN", "閉域網"]}
    for col, vals in lists.items():
        for i, v in enumerate(vals):
            ls[f"{col}{i+1}"] = v
    ls.sheet_state = "hidden"

    # 1_基本情報 questionnaire
    ws = wb.create_sheet("1_基本情報")
    ws["A1"] = "1. 基本情報"; ws["A1"].font = Font(bold=True, size=13)
    hdr(ws, 3, ["No.", "設問", "回答", "補足"])
    qa = [("1", "本施策の同意確認（規約確認のうえ「同意する」を選択）", basic["consent"], "別紙7・別紙8 確認済"),
          ("2", "医療機関名", basic["facilityName"], ""), ("3", "医療機関名（かな）", basic["facilityNameKana"], ""),
          ("4", "郵便番号", "〒" + basic["postalCode"], ""), ("5", "住所", basic["address"], ""),
          ("6", "住所（かな）", basic["addressKana"], ""), ("7", "ビル名", basic["building"], "本館の建物名称"),
          ("8", "ビル名（かな）", basic["buildingKana"], ""), ("9", "病床数", str(basic["beds"]), "許可病床（一般262・療養50）"),
          ("10", "確認者名（申込内容の確認・フルネーム）", basic["confirmerName"], "")]
    for i, (no, q, a, n) in enumerate(qa):
        r = 4 + i
        for j, v in enumerate([no, q, a, n]):
            c = ws.cell(row=r, column=1 + j, value=v if v != "" else None); c.border = B; c.alignment = W
    dv = DataValidation(type="list", formula1="リスト!$F$1:$F$1", allow_blank=True); ws.add_data_validation(dv); dv.add("C4")
    r = 4 + len(qa) + 1
    ws.cell(row=r, column=1, value="11").border = B
    ws.cell(row=r, column=2, value="担当者（4名まで）").border = B
    hdr(ws, r + 1, ["", "項目", "担当者1", "担当者2", "担当者3", "担当者4"])
    for j, (k, lab) in enumerate([("department", "所属・役職"), ("name", "氏名"), ("phoneNumber", "電話番号"), ("email", "メールアドレス")]):
        rr = r + 2 + j
        ws.cell(row=rr, column=2, value=lab).border = B
        for n in range(4):
            c = ws.cell(row=rr, column=3 + n, value=contacts[n][k] if n < len(contacts) else None); c.border = B
    for col, w in zip("ABCDEF", [6, 40, 46, 34, 34, 22]):
        ws.column_dimensions[col].width = w

    # 2_回線
    ws = wb.create_sheet("2_回線")
    ws["A1"] = "2. 回線・機器情報（電子カルテシステムに接続する全回線。ベンダ設置の保守回線を含む）"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "(*)必須。動的IPの回線は脆弱性診断当日に「診断当日」欄を記入。"
    hdr(ws, 4, ["回線No."] + [h for k, h in LCOLS])
    ws.row_dimensions[4].height = 48
    ws.cell(row=5, column=1, value="記入例")
    for i, (k, h) in enumerate(LCOLS):
        if k in example:
            ws.cell(row=5, column=2 + i, value=example[k])
    for col in range(1, 2 + len(LCOLS)):
        c = ws.cell(row=5, column=col); c.fill = EXF; c.border = B; c.font = Font(color="595959")
    for n, ln in enumerate(lines):
        r = 6 + n
        ws.cell(row=r, column=1, value=f"回線{n+1}").border = B
        for i, (k, h) in enumerate(LCOLS):
            c = ws.cell(row=r, column=2 + i, value=ln.get(k)); c.border = B; c.alignment = W
    ws.column_dimensions["A"].width = 9
    for i in range(len(LCOLS)):
        ws.column_dimensions[ws.cell(row=4, column=2 + i).column_letter].width = 17
    colof = {k: ws.cell(row=4, column=2 + i).column_letter for i, (k, h) in enumerate(LCOLS)}
    for k, lst in [("versionCheck", "A1:A2"), ("vulnerabilityScan", "A1:A2"), ("ehrConnection", "B1:B2"),
                   ("globalIpUse", "B1:B2"), ("ipAssignment", "C1:C2"), ("diagnosisDayCheck", "D1:D2"),
                   ("communicationType", "G1:G3")]:
        c1, c2 = lst.split(":")
        dv = DataValidation(type="list", formula1=f"リスト!${c1[0]}${c1[1:]}:${c2[0]}${c2[1:]}", allow_blank=True,
                            showErrorMessage=False)
        ws.add_data_validation(dv); dv.add(f"{colof[k]}6:{colof[k]}15")
    ws.freeze_panes = "B5"

    # 2-2_機器ポート
    ws = wb.create_sheet("2-2_機器ポート")
    ws["A1"] = "2-2. 装置と接続する回線と機器の詳細（機器のポート情報）"; ws["A1"].font = Font(bold=True)
    hdr(ws, 3, [h for k, h in PCOLS])
    for n, p in enumerate(ports):
        for i, (k, h) in enumerate(PCOLS):
            ws.cell(row=4 + n, column=1 + i, value=p[k]).border = B
    for col, w in zip("ABCDEFGH", [10, 20, 10, 20, 16, 12, 12, 12]):
        ws.column_dimensions[col].width = w

    # 3_調査端末
    ws = wb.create_sheet("3_調査端末")
    ws["A1"] = "3. 調査端末情報（電子カルテ端末1台＋主要部門システム端末、計5台）"; ws["A1"].font = Font(bold=True)
    ws.merge_cells("A3:A4"); ws["A3"] = "No."
    ws.merge_cells("B3:B4"); ws["B3"] = "システム種別 (*)"
    ws.merge_cells("C3:C4"); ws["C3"] = "シングル利用 (*)\n単体／仮想デスクトップ"
    ws.merge_cells("D3:F3"); ws["D3"] = "シンクル端末／FAT端末"
    ws.merge_cells("G3:H3"); ws["G3"] = "仮想デスクトップ"
    ws.merge_cells("I3:I4"); ws["I3"] = "セキュリティ対策製品"
    ws.merge_cells("J3:J4"); ws["J3"] = "備考"
    for col, h in zip("DEFGH", ["端末ホスト名 (*)", "IPアドレス (*)\n(CIDR表記)", "設置場所 (*)", "端末ホスト名", "IPアドレス"]):
        ws[f"{col}4"] = h
    for r in (3, 4):
        for col in "ABCDEFGHIJ":
            ws[f"{col}{r}"].fill = HF; ws[f"{col}{r}"].border = B
            ws[f"{col}{r}"].alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ex = ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F OOO室", "PCXXXX", "192.168.1.25/24", "", ""]
    for i, v in enumerate(ex):
        c = ws.cell(row=5, column=1 + i, value=v or None); c.fill = EXF; c.border = B
    TK = ["systemType", "usage", "hostName", "ipAddress", "location", "vdiHostName", "vdiIpAddress", "securityProduct", "remarks"]
    for n, t in enumerate(terminals):
        r = 6 + n
        ws.cell(row=r, column=1, value=f"No.{n+1}").border = B
        for i, k in enumerate(TK):
            c = ws.cell(row=r, column=2 + i, value=t.get(k)); c.border = B; c.alignment = W
    dv = DataValidation(type="list", formula1="リスト!$E$1:$E$2", allow_blank=True); ws.add_data_validation(dv); dv.add("C6:C10")
    for col, w in zip("ABCDEFGHIJ", [8, 14, 16, 16, 20, 28, 16, 18, 26, 30]):
        ws.column_dimensions[col].width = w

    # 4_設置場所
    ws = wb.create_sheet("4_設置場所")
    ws["A1"] = "4. 設置場所（フロア図）"; ws["A1"].font = Font(bold=True)
    tmp = tempfile.mkdtemp(); png = os.path.join(tmp, "fp.png"); floorplan(png)
    img = XLImage(png); img.anchor = "A3"; ws.add_image(img)

    src = os.path.join(tmp, NAME + ".xlsx"); wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)

    exp = {
        "form": "line-device-survey", "version": "R6", "file": NAME + ".xlsx",
        "values": {"basicInfo": basic, "contacts": contacts, "lines": lines, "ports": ports, "terminals": terminals,
                   "floorPlan": {"image": True}},
        "planted": [],
        "notes": ("One sheet per section, LibreOffice re-saved; first sheet is 記入要領 (instructions only), sheet 'リスト' "
                  "is hidden (drop-down sources, not data). Basic info is a No.|設問|回答 questionnaire; 郵便番号 written "
                  "'〒862-0950'; 病床数 written as the text '312' (補足 column says 一般262・療養50, not a field). Contacts are a "
                  "transposed block (rows = 所属・役職/氏名/電話番号/メール, columns = 担当者1-4; 担当者4 empty). "
                  "2_回線 has its column blocks reordered (line identity first) and a 記入例 row (row 5, ignore). "
                  "回線3 is 動的IP: globalIpAddress is the address at submission (220.208.45.117); on diagnosis day it was "
                  "re-checked: 確認済み / 220.208.47.202. Fixed-IP lines: 当日 check '入力不要', 当日 address empty. "
                  "Ports on their own sheet 2-2_機器ポート ('device' = the router model as written). Terminals No.1 and "
                  "No.5 are 仮想デスクトップ with VDI host/IP. No password sheet (deleted, 提出不要). 記入日 in 記入要領 "
                  "is not a form field."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
