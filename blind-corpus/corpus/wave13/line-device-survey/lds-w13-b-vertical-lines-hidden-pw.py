#!/usr/bin/python3
# Generator for lds-w13-b-vertical-lines-hidden-pw.xlsx (line-device-survey, 3 planted problems)
# Role: small hospital's 事務長 who redrew 別紙2-1 for A4 portrait printing: lines as COLUMNS (vertical table),
# label：value in one cell on the basic sheet, marks (●) for the consent choice, then re-saved by LibreOffice.
import os, io, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave13/line-device-survey"
NAME = "lds-w13-b-vertical-lines-hidden-pw"
TMP = os.path.join(OUT, "_tmp_" + NAME)

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
EXFILL = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()

# ------------------------------------------------------------ 1_基本情報 (label：value in one cell)
ws = wb.active
ws.title = "1_基本情報"
ws.column_dimensions["A"].width = 4
ws.column_dimensions["B"].width = 6
for L, w in zip("CDEFG", [22, 18, 22, 18, 30]):
    ws.column_dimensions[L].width = w
ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）　― 基本情報 ―"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "（印刷用に様式を組み替えています。内容は事務局様式と同じです）"

ws["A4"] = "１．本施策の同意確認（別紙7規約・別紙8注意事項を確認のうえ、該当するものに●）"
ws["B5"] = "●"
ws["C5"] = "同意する"
ws["D5"] = None
ws["E5"] = "同意しない"
ws["B5"].alignment = Alignment(horizontal="center")
ws["D5"].alignment = Alignment(horizontal="center")
box(ws, "B5:E5")

ws["A7"] = "２．医療機関情報"
info = [
    "医療機関名：医療法人 潮見会 しおみ病院",
    "　（かな）：いりょうほうじん しおみかい しおみびょういん",
    "住所：〒762-0003　香川県坂出市久米町1丁目12-8",
    "　（かな）：かがわけん さかいでし くめちょう1ちょうめ12-8",
    "ビル名（ビル内の場合のみ）：",
    "病床数：８６床",
]
for i, t in enumerate(info):
    r = 8 + i
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
    ws.cell(row=r, column=2, value=t)
box(ws, "B8:G13")

ws["A15"] = "３．担当者（4名まで記入可）"
for j, h in enumerate(["No.", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    c = ws.cell(row=16, column=2 + j, value=h)
    c.fill = HEAD
contacts = [
    ("事務部 事務長", "坂本 由紀子", "0877-46-5512", "jimucho@shiomi-hp.jp"),
    ("事務部 医事課 係長（システム担当）", "溝渕 翔太", "0877-46-5513（内線208）", "mizobuchi@shiomi-hp.jp"),
]
for n in range(4):
    ws.cell(row=17 + n, column=2, value=n + 1)
    if n < len(contacts):
        for j, v in enumerate(contacts[n]):
            ws.cell(row=17 + n, column=3 + j, value=v)
box(ws, "B16:F20")

ws["A22"] = "４．申込内容の確認（記入内容に不備がないか確認のうえ、フルネームで署名）"
ws.merge_cells("B23:F23")
ws["B23"] = "確認者名（医療機関のご担当者名）：坂本 由紀子"
box(ws, "B23:F23")
ws.print_area = "A1:G23"

# ------------------------------------------------------------ 2_回線・機器情報 (vertical: lines are columns)
wl = wb.create_sheet("2_回線・機器情報")
wl["A1"] = "回線・機器情報（縦書き版）　※回線ごとに1列。(*)は必須。記入例の列は消さないでください。"
wl["A1"].font = Font(bold=True)
wl.column_dimensions["A"].width = 44
for L in "BCDE":
    wl.column_dimensions[L].width = 26
items = [
    ("回線名", "lineName"),
    ("回線の種類（光回線／モバイル回線／ADSL 等）", "lineKind"),
    ("用途・システム名 (*)", "purpose"),
    ("電子カルテシステムと接続するネットワークとの接続 (*)（有／無）", "ehrConnection"),
    ("調査希望：技術バージョン確認 (*)", "versionCheck"),
    ("調査希望：脆弱性診断 (*)", "vulnerabilityScan"),
    ("通信形態 (*)（インターネット／インターネットVPN／閉域網 等）", "communicationType"),
    ("グローバルIP利用 (*)（有／無）", "globalIpUse"),
    ("固定IP／動的IP (*)", "ipAssignment"),
    ("グローバルIPアドレス (*)", "globalIpAddress"),
    ("【脆弱性診断当日記入欄】グローバルIP確認（確認済み／入力不要）", "diagnosisDayCheck"),
    ("【脆弱性診断当日記入欄】グローバルIPアドレス", "diagnosisDayAddress"),
    ("FQDN", "fqdn"),
    ("回線事業者", "carrier"),
    ("回線サービス名", "carrierService"),
    ("回線ID", "lineId"),
    ("プロバイダ名", "provider"),
    ("プロバイダ品目", "providerService"),
    ("回線終端装置（ONU／モデム）設置場所 (*)", "terminationLocation"),
    ("接続機器（ルータ／UTM／FW）メーカー", "deviceMaker"),
    ("接続機器　機種名", "deviceModel"),
    ("接続機器　ファームウェアバージョン", "firmwareVersion"),
]
cols = {
    "記入例": ["電子カルテ保守回線", "光回線", "電子カルテ", "有", "希望あり", "希望あり", "インターネットVPN", "有",
            "固定IP", "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "フレッツ光ネクスト",
            "CAF1234567890", "NTT東日本", "Bフレッツサービス", "本部棟 3F サーバー室 -1番ラック 3U", "YAMAHA",
            "RTX1210", "Rev.14.01.41"],
    "回線1": ["電子カルテ保守回線", "光回線", "電子カルテ（リモート保守）", "有", "希望あり", "希望あり",
            "インターネットVPN", "有", "固定IP", "153.142.200.18", "入力不要", None, None, "NTT西日本",
            "フレッツ 光ネクスト", "CAF5530011842", "BIGLOBE", "BIGLOBE 光 固定IPアドレスオプション(1個)",
            "1F 事務室奥 サーバーラック 上段", "YAMAHA", "RTX1220", "Rev.15.04.05"],
    "回線2": ["オン資・レセプト請求回線", "光回線", "オンライン資格確認／レセプトオンライン請求", "有", "希望なし", "希望あり",
            "インターネットVPN", "有", "固定IP", "192.168.10.254", "入力不要", None, None, "NTT西日本",
            "フレッツ 光クロス", "CAF5530027719", "OCN", "OCN光 IPoE 固定IP1",
            "1F 医事課 受付カウンター下", "NEC", "UNIVERGE IX2106", "10.2.42"],
    "回線3": ["検査システム保守回線", "閉域網(IP-VPN)", "検査システム保守", "有", "希望あり", "希望あり",
            "閉域網", "無", None, None, None, None, None, "NTT西日本",
            "フレッツ・VPN ワイド", "UNN-00457213", None, None, "2F 検査室 分電盤横", "Cisco", "C891FJ-K9",
            "15.9(3)M7"],
}
wl.cell(row=3, column=1, value="項目")
for j, k in enumerate(cols):
    wl.cell(row=3, column=2 + j, value=k)
for col in range(1, 6):
    wl.cell(row=3, column=col).fill = HEAD
    wl.cell(row=3, column=col).font = Font(bold=True)
for i, (lab, _) in enumerate(items):
    r = 4 + i
    wl.cell(row=r, column=1, value=lab).alignment = WRAP
    for j, k in enumerate(cols):
        c = wl.cell(row=r, column=2 + j, value=cols[k][i])
        c.alignment = WRAP
        if k == "記入例":
            c.fill = EXFILL
last = 4 + len(items) - 1
box(wl, f"A3:E{last}")

P0 = last + 3
wl.cell(row=P0, column=1, value="■機器のポート情報（装置と接続する回線と機器の詳細）").font = Font(bold=True)
phdr = ["回線", "機器", "ポート (*)", "機器名 (*)", "IPアドレス (*)", "ポート番号 (*)", "プロトコル (*)", "接続状況"]
for j, h in enumerate(phdr):
    c = wl.cell(row=P0 + 1, column=1 + j, value=h)
    c.fill = HEAD
ports = [
    ["回線1", "RTX1220", "LAN2", "ONU(回線1)", "153.142.200.18", 500, "UDP(IKE)", "接続あり"],
    ["回線1", "RTX1220", "LAN1", "電カルサーバ", "192.168.1.10", 443, "HTTPS", "接続あり"],
    ["回線2", "UNIVERGE IX2106", "GE0", "オン資端末", "192.168.10.21", 443, "HTTPS", "接続あり"],
]
for i, row in enumerate(ports):
    for j, v in enumerate(row):
        wl.cell(row=P0 + 2 + i, column=1 + j, value=v)
box(wl, f"A{P0 + 1}:H{P0 + 1 + len(ports)}")
for L in "FGH":
    wl.column_dimensions[L].width = 14

# ------------------------------------------------------------ 3_調査端末情報
wt = wb.create_sheet("3_調査端末情報")
wt["A1"] = "調査端末情報（5台）　※1行目は記入例です"
wt["A1"].font = Font(bold=True)
hdr = ["No.", "システム種別(*)", "利用形態(*)（単体／仮想デスクトップ）", "端末ホスト名(*)",
       "IPアドレス(*)（CIDR表記 例:192.168.1.25/24）", "設置場所(*)", "VDI 端末ホスト名", "VDI IPアドレス",
       "セキュリティ対策製品", "備考"]
for j, h in enumerate(hdr):
    c = wt.cell(row=3, column=1 + j, value=h)
    c.fill = HEAD
    c.alignment = Alignment(wrap_text=True, vertical="center")
wt.row_dimensions[3].height = 45
terms = [
    ["記入例", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24", "2F ○○○室", None, None, "Microsoft Defender",
     "端末操作可能時間：12:00-13:00"],
    ["1", "電子カルテ", "単体", "SHIOMI-EMR01", "192.168.1.101/24", "1F 外来診察室1", None, None,
     "ウイルスバスター ビジネスセキュリティ", "外来終了後（16:00以降）"],
    ["2", "電子カルテ", "単体", "SHIOMI-EMR07", "192.168.1.107/24", "2F ナースステーション", None, None,
     "ウイルスバスター ビジネスセキュリティ", None],
    ["3", "医事会計", "単体", "SHIOMI-IJI01", "192.168.10.31/24", "1F 医事課", None, None,
     "Microsoft Defender", "月初（1日〜10日）はレセプト作業のため不可"],
    ["4", "検査", "単体", "SHIOMI-LAB01", "192.168.30.11/24", "2F 検査室", None, None,
     "Microsoft Defender", None],
    ["5", "画像（PACS）", "単体", "SHIOMI-XR01", "192.168.40.15/24", "1F 放射線室 操作室", None, None,
     "Microsoft Defender", "撮影中は不可"],
]
for i, row in enumerate(terms):
    for j, v in enumerate(row):
        c = wt.cell(row=4 + i, column=1 + j, value=v)
        if i == 0:
            c.fill = EXFILL
box(wt, "A3:J9")
for L, w in zip("ABCDEFGHIJ", [7, 14, 18, 16, 22, 20, 14, 14, 30, 34]):
    wt.column_dimensions[L].width = w

# ------------------------------------------------------------ 4_設置場所 (floor plan)
wf = wb.create_sheet("4_設置場所")
wf["A1"] = "設置場所（平面図）"
wf["A1"].font = Font(bold=True)
fp = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
fnt = ImageFont.truetype(fp, 16)
img = Image.new("RGB", (760, 480), "white")
dr = ImageDraw.Draw(img)
dr.text((10, 6), "しおみ病院 1F・2F フロア図", fill="black", font=fnt)
for (x1, y1, x2, y2), t in [((20, 40, 260, 220), "1F 事務室"), ((270, 40, 500, 220), "1F 医事課"),
                            ((510, 40, 740, 220), "1F 外来診察室1／放射線室"),
                            ((20, 250, 370, 460), "2F ナースステーション"), ((380, 250, 740, 460), "2F 検査室")]:
    dr.rectangle((x1, y1, x2, y2), outline="black", width=2)
    dr.text((x1 + 8, y1 + 6), t, fill="black", font=fnt)
for (x, y), t in [((40, 150), "回線1 ONU・RTX1220"), ((290, 150), "回線2 ONU・IX2106 / 端末3"),
                  ((530, 150), "端末1 / 端末5"), ((40, 380), "端末2"), ((400, 380), "回線3 CE・C891FJ / 端末4")]:
    dr.rectangle((x - 4, y - 2, x + 200, y + 24), outline="red", width=2)
    dr.text((x, y), t, fill="red", font=fnt)
buf = io.BytesIO()
img.save(buf, format="PNG")
buf.seek(0)
xi = XLImage(buf)
xi.anchor = "A3"
wf.add_image(xi)

# ------------------------------------------------------------ hidden password list (提出不要 but left in, filled)
wp = wb.create_sheet("パスワードリスト")
wp["A1"] = "アカウント(ログインID)・パスワードリスト（提出不要）"
for j, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(row=3, column=1 + j, value=h).fill = HEAD
# dummy credentials typed by the filler (synthetic; never to be echoed by a reader)
dev = [("回線1", "YAMAHA", "RTX1220", "admin", "Sh!om1-rtx#77", "Sh!om1-en#77"),
       ("回線2", "NEC", "UNIVERGE IX2106", "admin", "ix2106Pw*sio", None),
       ("回線3", "Cisco", "C891FJ-K9", "cisco-mnt", "Lab&C891x", "Lab&En891x")]
for i, row in enumerate(dev):
    for j, v in enumerate(row):
        wp.cell(row=4 + i, column=1 + j, value=v)
for j, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(row=9, column=1 + j, value=h).fill = HEAD
for i in range(5):
    t = terms[i + 1]
    for j, v in enumerate([f"端末{i + 1}", t[3], t[4], "localadmin", f"Pc{i + 1}#Shiomi2024"]):
        wp.cell(row=10 + i, column=1 + j, value=v)
box(wp, "A3:F6")
box(wp, "A9:E14")
wp.sheet_state = "hidden"

# save with openpyxl, then re-save through LibreOffice
os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(TMP, "lo")
os.makedirs(outdir, exist_ok=True)
subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(TMP, "profile"),
                "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(TMP)
print("saved", NAME)
