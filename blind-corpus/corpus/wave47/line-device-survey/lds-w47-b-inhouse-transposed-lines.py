#!/usr/bin/env python3
# Generator for lds-w47-b-inhouse-transposed-lines.xlsx
# Run: PYTHONPATH=/tmp/w47lib /usr/bin/python3 lds-w47-b-inhouse-transposed-lines.py
# Layout: a hospital's own working copy drawn from the briefing slides: basic info as 「項目：値」 cells,
# contacts as a transposed table, lines as a vertical table (items down, 記入例/回線1..3 across),
# terminals as a plain numbered list (a 6th row added below the box), floor plan with callouts typed by hand,
# and the ID/PW sheet kept in the file (filled in).
import os
import re
import zipfile
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w47-b-inhouse-transposed-lines"
OUT = os.path.join(HERE, NAME + ".xlsx")
PNG = "/tmp/lds-w47-b-floor.png"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
GREEN = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")


def cell(ws, ref, v, fill=None, bold=False, border=True):
    c = ws[ref]
    c.value = v
    c.alignment = WRAP
    if border:
        c.border = B
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    return c


wb = Workbook()

# ------------------------------------------------------------ 基本情報
ws = wb.active
ws.title = "基本情報"
ws.column_dimensions["A"].width = 3
ws.column_dimensions["B"].width = 62
for col in "CDEF":
    ws.column_dimensions[col].width = 28
ws["B1"] = "【別紙2-1】医療機関記入依頼書（回線・機器情報等記入）　※院内作業用"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "サイバーセキュリティ確保事業（NTT東日本 事務局）提出用。説明会資料の項目に沿って情報システム係で作成。"
ws["B3"] = "提出：ポータルシステムへアップロード（9/30まで）"
ws["B2"].font = Font(size=9)
ws["B3"].font = Font(size=9)

ws["B5"] = "■医療機関情報"
ws["B5"].font = Font(bold=True)
info = [
    "本施策の同意確認：■同意する　（別紙7 規約・別紙8 注意事項 確認済）",
    "医療機関名：医療法人瀬戸内会　高松みなと病院",
    "医療機関名（かな）：いりょうほうじんせとうちかい　たかまつみなとびょういん",
    "郵便番号：〒７６０－００６６",
    "住所：香川県高松市福岡町3丁目8番12号",
    "住所（かな）：かがわけんたかまつしふくおかちょう3ちょうめ8ばん12ごう",
    "ビル名：",
    "ビル名（かな）：",
    "病床数：199床",
]
for i, t in enumerate(info):
    cell(ws, f"B{6 + i}", t)

ws["B16"] = "■担当者（4名まで）"
ws["B16"].font = Font(bold=True)
cell(ws, "B17", "項目", GRAY, bold=True)
for col, h in zip("CDEF", ["担当者1", "担当者2", "担当者3", "担当者4"]):
    cell(ws, f"{col}17", h, GRAY, bold=True)
rows = ["所属・役職", "氏名", "電話番号", "メールアドレス"]
contacts = [
    ["事務部 情報システム係 係長", "香西 由美子", "087-851-2100", "kozai@takamatsu-minato-hp.jp"],
    ["事務部 情報システム係", "三好 翔太", "０８７-８５１-２１００", "miyoshi@takamatsu-minato-hp.jp"],
    ["（株）四国メディカルシステムズ 保守SE", "大西 隆", "090-7781-3356", "t-onishi@shikoku-medsys.co.jp"],
    [None, None, None, None],
]
for r, label in enumerate(rows):
    cell(ws, f"B{18 + r}", label, GRAY)
    for col, ct in zip("CDEF", contacts):
        cell(ws, f"{col}{18 + r}", ct[r])

ws["B23"] = "■申込内容の確認"
ws["B23"].font = Font(bold=True)
cell(ws, "B24", "確認者名（フルネーム）：香西　由美子")

# ------------------------------------------------------------ 回線情報 (vertical table)
ws = wb.create_sheet("回線情報")
ws.column_dimensions["A"].width = 40
for col in "BCDE":
    ws.column_dimensions[col].width = 30
ws["A1"] = "回線・機器情報（電子カルテ系ネットワークにつながる外部回線）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※1列に1回線。（＊）は必須。B列は記入例なので消さないこと。"
ws["A2"].font = Font(size=9, color="C00000")
cell(ws, "A4", "項目", GRAY, bold=True)
for col, h in zip("BCDE", ["記入例", "回線1", "回線2", "回線3"]):
    cell(ws, f"{col}4", h, GRAY, bold=True)
items = [
    "調査希望：技術バージョン確認（＊）",
    "調査希望：脆弱性診断（＊）",
    "電子カルテシステムと接続するネットワークとの接続（＊）",
    "用途・システム名（＊）",
    "通信形態（＊）",
    "グローバルIP利用（＊）",
    "固定IP/動的IP（＊）",
    "グローバルIPアドレス（＊）",
    "【診断当日】グローバルIP確認",
    "【診断当日】グローバルIPアドレス",
    "FQDN",
    "プロバイダ名",
    "プロバイダ品目",
    "回線事業者",
    "回線サービス名",
    "回線ID",
    "回線名",
    "回線の種類",
    "回線終端装置設置場所（＊）",
    "装置（ルータ/UTM/FW）メーカー",
    "装置 機種名",
    "装置 ファームウェアバージョン",
]
example = ["希望する", "希望する", "有", "電子カルテ", "インターネットVPN", "有", "固定", "121.119.249.222",
           "入力不要", None, "example.xxx", "NTT西日本", "フレッツ光", "NTT西日本", "フレッツ 光ネクスト",
           "CAF0000000000", "○○回線", "光回線", "本館3F サーバー室", "YAMAHA", "RTX1210", "Rev.14.01.38"]
lines = [
    ["希望する", "希望する", "有", "電子カルテ（リモート保守）", "インターネットVPN", "有", "固定",
     "60.43.118.201 ", "入力不要", None, None, "IIJ", "IIJインターネット FiberAccess/NF 固定IP", "NTT西日本",
     "フレッツ 光ネクスト ビジネスタイプ", "CAF5567812340", "電カル保守VPN回線", "光回線",
     "本館3F サーバー室 ラック2 上段", "YAMAHA", "RTX830", "Rev.15.02.30"],
    ["希望する", "希望する", "有", "PACS 遠隔読影", "インターネットVPN", "有", "固定",
     "192.168.100.1", "入力不要", None, None, "STNet", "ピカラ光ビジネス 固定IP1", "STNet",
     "ピカラ光ビジネス", "PK-20981175", "遠隔読影VPN", "光回線",
     "本館1F 放射線科 操作室 壁掛けBOX", "Fortinet", "FortiGate 40F", "v7.0.15"],
    ["希望しない", "希望する", "有", "透析システム リモート保守", "インターネット", "有", "動的",
     None, None, None, None, "ドコモ", "docomo ビジネスデータプラン", "NTTドコモ",
     "5G/LTE モバイル回線", "070-3312-8845", "透析保守モバイル回線", "モバイル回線",
     "別館2F 透析室 スタッフ控室 棚", "NEC", "Aterm MR05LN", "1.2.0"],
]
for i, label in enumerate(items):
    r = 5 + i
    cell(ws, f"A{r}", label, GREEN)
    c = cell(ws, f"B{r}", example[i])
    c.font = Font(color="808080", italic=True)
    for col, ln in zip("CDE", lines):
        cell(ws, f"{col}{r}", ln[i])

# ------------------------------------------------------------ 調査端末
ws = wb.create_sheet("調査端末")
ws["A1"] = "調査端末（5台）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "電子カルテ端末1台＋主要部門システム端末。IPはCIDR表記（例 192.168.1.131/24）"
ws["A2"].font = Font(size=9)
heads = ["No", "システム種別", "利用形態（単体/VDI）", "端末ホスト名", "IPアドレス", "設置場所",
         "VDI ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
widths = [5, 14, 12, 16, 18, 26, 14, 16, 22, 28]
for col, h, w in zip("ABCDEFGHIJ", heads, widths):
    cell(ws, f"{col}4", h, GRAY, bold=True)
    ws.column_dimensions[col].width = w
terms = [
    [1, "電子カルテ", "単体", "HIS-NS3E-01", "192.168.1.131/24", "本館3F 東病棟 ナースステーション", None, None,
     "ウイルスバスター コーポレートエディション", "操作は14時～16時"],
    [2, "電子カルテ", "VDI", "TC-GAIRAI-05", "192.168.1.205/24", "本館1F 外来 2番診察室", "VDI-HIS-105",
     "10.10.1.105/24", "Microsoft Defender", None],
    [3, "医事会計", "単体", "IJI-01", "192.168.2.11/24", "本館1F 医事課 受付カウンター奥", None, None,
     "ウイルスバスター コーポレートエディション", None],
    [4, "PACS", "単体", "RAD-VIEW-02", "192.168.3.52/24", "本館1F 放射線科 読影室", None, None,
     "ESET PROTECT Entry", None],
    [5, "透析", "単体", "DIA-PC-01", "192.168.5.21/24", "別館2F 透析室", None, None,
     "Microsoft Defender", "透析中（8:30-13:00）は操作不可"],
]
for i, t in enumerate(terms):
    r = 5 + i
    for col, v in zip("ABCDEFGHIJ", t):
        cell(ws, f"{col}{r}", v)
# extra terminal typed under the box (no borders)
extra = [6, "臨床検査", "単体", "LAB-01", "192.168.4.31/24", "本館B1F 検査室", None, None,
         "Microsoft Defender", "追加（検査科より依頼）"]
for col, v in zip("ABCDEFGHIJ", extra):
    cell(ws, f"{col}10", v, border=False)

# ------------------------------------------------------------ 平面図
img = Image.new("RGB", (820, 520), "white")
g = ImageDraw.Draw(img)
f = ImageFont.truetype(FONT, 18)
fs = ImageFont.truetype(FONT, 14)
g.text((12, 8), "高松みなと病院 フロア図（本館1F・3F／別館2F）", font=f, fill="black")
blocks = [((10, 50, 400, 270), "本館1F"), ((410, 50, 810, 270), "本館3F"), ((10, 290, 400, 510), "別館2F"),
          ((410, 290, 810, 510), "本館B1F")]
for (x0, y0, x1, y1), lab in blocks:
    g.rectangle([x0, y0, x1, y1], outline="black", width=3)
    g.text((x0 + 6, y0 + 4), lab, font=f, fill="black")
subs = [((20, 90, 140, 180), "医事課"), ((150, 90, 270, 180), "外来"), ((280, 90, 390, 180), "放射線科"),
        ((420, 90, 600, 180), "サーバー室"), ((610, 90, 800, 180), "東病棟NS"), ((20, 330, 250, 450), "透析室"),
        ((260, 330, 390, 450), "控室"), ((420, 330, 600, 450), "検査室")]
for (x0, y0, x1, y1), lab in subs:
    g.rectangle([x0, y0, x1, y1], outline="#555555", width=1)
    g.text((x0 + 4, y0 + 4), lab, font=fs, fill="black")
img.save(PNG)

ws = wb.create_sheet("平面図")
ws["A1"] = "設置場所（フロア図）※回線終端装置と調査端末の位置に吹き出しを置いています"
ws["A1"].font = Font(bold=True)
ws.add_image(XLImage(PNG), "A3")
callouts = [
    (["回線1 ONU・RTX830", "本館3F サーバー室 ラック2"], (7, 2), (10, 4)),
    (["回線2 ONU・FortiGate40F", "放射線科 操作室"], (3, 11), (6, 13)),
    (["回線3 モバイルルーター", "別館2F 透析室 控室"], (3, 25), (6, 27)),
    (["端末1 HIS-NS3E-01"], (10, 5), (13, 7)),
    (["端末2 TC-GAIRAI-05"], (1, 11), (3, 13)),
    (["端末3 IJI-01"], (0, 8), (2, 10)),
    (["端末4 RAD-VIEW-02"], (4, 8), (7, 10)),
    (["端末5 DIA-PC-01"], (0, 22), (3, 24)),
]

# ------------------------------------------------------------ ID・PW一覧 (filled in!)
ws = wb.create_sheet("ID・PW一覧（提出不要）")
ws["A1"] = "アカウント(ログインID)・パスワードリスト（提出不要）"
ws["A1"].font = Font(bold=True, color="C00000")
for col, h in zip("ABCDEF", ["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    cell(ws, f"{col}3", h, GRAY, bold=True)
    ws.column_dimensions[col].width = 20
dev = [("回線1", "YAMAHA", "RTX830", "maint01", "Rtx#830Tkm", "En@ble830"),
       ("回線2", "Fortinet", "FortiGate 40F", "admin", "Fg40f!minato", None),
       ("回線3", "NEC", "Aterm MR05LN", "admin", "mr05ln-7781", None)]
for i, d in enumerate(dev):
    for col, v in zip("ABCDEF", d):
        cell(ws, f"{col}{4 + i}", v)
for col, h in zip("ABCDE", ["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    cell(ws, f"{col}8", h, GRAY, bold=True)
tp = [("端末1", "HIS-NS3E-01", "192.168.1.131/24", "nsuser", "Ns3e-2024"),
      ("端末2", "TC-GAIRAI-05", "192.168.1.205/24", "gairai", "Gairai#05"),
      ("端末3", "IJI-01", "192.168.2.11/24", "iji", "Iji0101!"),
      ("端末4", "RAD-VIEW-02", "192.168.3.52/24", "rad", "RadView02"),
      ("端末5", "DIA-PC-01", "192.168.5.21/24", "dialysis", "Dia@pc01")]
for i, d in enumerate(tp):
    for col, v in zip("ABCDE", d):
        cell(ws, f"{col}{9 + i}", v)

tmp = OUT + ".tmp.xlsx"
wb.save(tmp)


def add_callouts(src, dst, sheet_drawing, items):
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == sheet_drawing:
            xml = data.decode("utf-8")
            anchors = []
            for n, (texts, (c0, r0), (c1, r1)) in enumerate(items):
                paras = "".join(
                    '<a:p><a:r><a:rPr lang="ja-JP" altLang="en-US" sz="900"/><a:t>%s</a:t></a:r></a:p>' % escape(t)
                    for t in texts)
                anchors.append(
                    '<twoCellAnchor><from><col>%d</col><colOff>0</colOff><row>%d</row><rowOff>0</rowOff></from>'
                    '<to><col>%d</col><colOff>0</colOff><row>%d</row><rowOff>0</rowOff></to>'
                    '<sp macro="" textlink=""><nvSpPr><cNvPr id="%d" name="四角形吹き出し %d"/><cNvSpPr/></nvSpPr>'
                    '<spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>'
                    '<a:prstGeom prst="wedgeRoundRectCallout"><a:avLst/></a:prstGeom>'
                    '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
                    '<a:ln w="19050"><a:solidFill><a:srgbClr val="0070C0"/></a:solidFill></a:ln></spPr>'
                    '<txBody><a:bodyPr wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>%s</txBody>'
                    '</sp><clientData/></twoCellAnchor>' % (c0, r0, c1, r1, 200 + n, n + 1, paras))
            xml = re.sub(r"</(\w+:)?wsDr>\s*$", lambda m: "".join(anchors) + m.group(0), xml)
            data = xml.encode("utf-8")
        zout.writestr(info, data)
    zout.close()
    zin.close()


add_callouts(tmp, OUT, "xl/drawings/drawing1.xml", callouts)
os.remove(tmp)
print("wrote", OUT)
