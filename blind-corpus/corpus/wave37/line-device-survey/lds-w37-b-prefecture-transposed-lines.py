#!/usr/bin/python3
"""lds-w37-b: a prefecture's own simplified version of 別紙2-1 (sheet per section, 記入要領 sheet first,
basic info as `項目：値` single cells, lines as a vertical/transposed table with a 記入例 column,
terminals with ○ marks), filled by a hospital; re-saved by LibreOffice.
Planted: private address for a 固定IP line; 脆弱性診断 requested on a 閉域網 line without global IP;
the 提出不要 password list sent with passwords filled in.
Run: /usr/bin/python3 lds-w37-b-prefecture-transposed-lines.py  (needs soffice on PATH)"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, "/tmp/bv_lds_py")
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w37-b-prefecture-transposed-lines"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
HEAD = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def cell(ws, ref, v, fill=None, bold=False, align=WRAP, border=True):
    c = ws[ref]
    c.value = v
    if fill:
        c.fill = fill
    if bold:
        c.font = Font(bold=True)
    c.alignment = align
    if border:
        c.border = BOX
    return c


wb = Workbook()
# ------------------------------------------------------------------ 記入要領
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 110
notes = [
    "回線・機器情報等 記入票（県作成の簡易様式）記入要領",
    "",
    "1. 本様式は、国の「医療機関におけるサイバーセキュリティ確保事業」の事務局提出様式（別紙2-1）の記入項目を、"
    "県内病院向けに簡略化したものです。記入後、県医務国保課へメールでご提出ください（県から事務局へ送付します）。",
    "2. 「1_基本情報」：規約（別紙7・別紙8）を確認のうえ、同意する場合は「同意する」の左の欄に○を付けてください。",
    "3. 「2_回線情報」：電子カルテシステムに接続するネットワークにつながる全ての回線（ベンダが設置した保守用回線を含む。音声回線は除く）を、"
    "回線1から順に縦の列に記入してください。B列は記入例です（消さないでください）。",
    "   ・閉域網に接続された回線は脆弱性診断の対象外です。",
    "   ・グローバルIPアドレスが動的の場合は、脆弱性診断当日にアドレスを改めて確認し、⑨⑩に記入してください。",
    "4. 「3_調査端末」：電子カルテシステムと接続のある端末を5台選び、単体／仮想デスクトップのいずれかに○を付けてください。",
    "5. 「4_設置場所」：平面図またはフロア図を貼り付け、回線終端装置と調査端末の位置を記入してください（必須）。",
    "6. 「5_ID・PW」は院内での事前整理用です。提出は不要です（提出するファイルには記入しないでください）。",
]
for i, t in enumerate(notes, start=1):
    wi[f"A{i}"] = t
    wi[f"A{i}"].alignment = Alignment(wrap_text=True)
wi["A1"].font = Font(bold=True, size=13)

# ------------------------------------------------------------------ 1_基本情報
ws = wb.create_sheet("1_基本情報")
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 26
ws.column_dimensions["C"].width = 18
ws.column_dimensions["D"].width = 16
ws.column_dimensions["E"].width = 32
ws["A1"] = "１．基本情報"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "（１）本施策の同意確認（規約を確認のうえ、いずれかに○）"
cell(ws, "A4", "○", align=CENTER)
cell(ws, "B4", "同意する", align=CENTER)
cell(ws, "C4", None, align=CENTER)
cell(ws, "D4", "同意しない", align=CENTER)
ws["A6"] = "（２）医療機関情報"
basic = [
    "医療機関名：社会医療法人 讃岐会 坂出ひかり病院",
    "医療機関名（かな）：しゃかいいりょうほうじん さぬきかい さかいでひかりびょういん",
    "郵便番号：〒762-0033",
    "住所：香川県坂出市京町二丁目5番12号",
    "住所（かな）：かがわけんさかいでしきょうまちにちょうめ5ばん12ごう",
    "ビル名：",
    "ビル名（かな）：",
    "病床数：120床",
]
for i, t in enumerate(basic):
    r = 7 + i
    ws.merge_cells(f"A{r}:E{r}")
    cell(ws, f"A{r}", t)
    for col in "BCDE":
        ws[f"{col}{r}"].border = BOX
ws["A16"] = "（３）担当者（4名まで。1名以上は全項目を記入）"
for col, h in zip("ABCDE", ["No", "所属・役職", "氏名", "電話番号", "メールアドレス"]):
    cell(ws, f"{col}17", h, fill=HEAD, bold=True, align=CENTER)
contacts = [
    ("情報システム室 室長", "真鍋 達也", "0877-45-3101", "manabe@sakaide-hikari.jp"),
    ("情報システム室", "久保 早紀", "0877-45-3102", "kubo-s@sakaide-hikari.jp"),
    ("臨床工学室 主任", "森 大輔", "0877-45-3180", None),
    (None, None, None, None),
]
for i, c in enumerate(contacts):
    r = 18 + i
    cell(ws, f"A{r}", i + 1, align=CENTER)
    for col, v in zip("BCDE", c):
        cell(ws, f"{col}{r}", v)
ws.merge_cells("A23:E23")
cell(ws, "A23", "確認者名（フルネーム）：真鍋 達也")
for col in "BCDE":
    ws[f"{col}23"].border = BOX

# ------------------------------------------------------------------ 2_回線情報 (transposed)
wl = wb.create_sheet("2_回線情報")
wl["A1"] = "２．回線・機器情報（回線ごとに縦の列に記入。B列は記入例）"
wl["A1"].font = Font(bold=True, size=13)
wl.column_dimensions["A"].width = 40
for col in "BCDEFG":
    wl.column_dimensions[col].width = 26
heads = ["項目", "記入例", "回線1", "回線2", "回線3", "回線4", "回線5"]
for col, h in zip("ABCDEFG", heads):
    cell(wl, f"{col}3", h, fill=GRAY if h == "記入例" else HEAD, bold=True, align=CENTER)
items = [
    "① 調査希望：技術バージョン確認（必須）",
    "② 調査希望：脆弱性診断（必須）",
    "③ 電子カルテ系ネットワークとの接続（必須）",
    "④ 用途・システム名（必須）",
    "⑤ 通信形態（必須）",
    "⑥ グローバルIP利用（必須）",
    "⑦ 固定IP／動的IP（必須）",
    "⑧ グローバルIPアドレス（必須）",
    "⑨ 【診断当日記入】グローバルIP確認",
    "⑩ 【診断当日記入】グローバルIPアドレス",
    "⑪ FQDN",
    "⑫ プロバイダ名",
    "⑬ プロバイダ品目",
    "⑭ 回線事業者",
    "⑮ 回線サービス名",
    "⑯ 回線ID",
    "⑰ 回線終端装置（ONU・モデム）の設置場所（必須）",
    "⑱ ルータ/UTM/FW　メーカー",
    "⑲ 　　〃　　機種名",
    "⑳ 　　〃　　ファームウェアバージョン",
]
example = ["調査希望あり", "調査希望あり", "有", "電子カルテ", "インターネットVPN", "有", "固定IP", "121.119.249.222",
           "入力不要", None, "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本", "フレッツ 光ネクスト", "CAF0000000000",
           "本部棟 3F サーバー室 1番ラック", "ヤマハ", "RTX1220", "Rev.15.04.xx"]
lines = [
    ["調査希望あり", "調査希望あり", "有", "電子カルテ保守（ベンダ）", "インターネットVPN", "有", "固定IP",
     "192.168.100.1",  # PLANTED: the router's LAN-side address written for a fixed global IP
     None, None, None, "BIGLOBE", "BIGLOBE 固定IPアドレスオプション", "NTT西日本", "フレッツ 光クロス", "CAF2103345581",
     "本館2F サーバ室 ネットワークラック", "Fortinet", "FortiGate 60F", "FortiOS v7.2.8"],
    ["調査希望あり", "調査希望あり",  # PLANTED: 脆弱性診断 requested on a 閉域網 line without global IP
     "有", "オンライン資格確認・オンライン請求", "閉域網", "無", None, None, None, None, None, None, None,
     "NTT西日本", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "CAF2103350927", "本館1F 医事課 事務室 壁面",
     "NEC", "UNIVERGE IX2106", "Ver.10.2.16"],
    ["調査希望あり", "調査希望あり", "有", "臨床検査システム保守", "インターネットVPN", "有", "固定IP", "61.119.188.42",
     "入力不要", None, None, "OCN", "OCN 光 IPoE 固定IP1", "NTT西日本", "フレッツ 光ネクスト ビジネスタイプ",
     "CAF2103351166", "本館2F 検査室 分析装置横", "ヤマハ", "RTX1300", "Rev.23.00.09"],
    ["調査希望なし", "調査希望あり", "有", "透析システム保守", "インターネットVPN", "有", "動的IP", "126.233.15.208",
     None, None, None, "ソフトバンク", "法人向けモバイルデータ通信", "ソフトバンク", "4G LTE データ通信", None,
     "別館1F 透析室 スタッフステーション", "NEC", "Aterm MR10LN", None],
]
for i, lab in enumerate(items):
    r = 4 + i
    cell(wl, f"A{r}", lab, fill=HEAD)
    cell(wl, f"B{r}", example[i], fill=GRAY)
    for j, col in enumerate("CDEFG"):
        v = lines[j][i] if j < len(lines) else None
        cell(wl, f"{col}{r}", v)
for rr, opts in [("4:5", "調査希望あり,調査希望なし"), ("6:6", "有,無"), ("9:9", "有,無"), ("10:10", "固定IP,動的IP"),
                 ("12:12", "確認済み,入力不要")]:
    a, b = rr.split(":")
    d = DataValidation(type="list", formula1=f'"{opts}"', allow_blank=True)
    wl.add_data_validation(d)
    d.add(f"C{a}:G{b}")
wl.freeze_panes = "C4"

# ------------------------------------------------------------------ 3_調査端末
wt = wb.create_sheet("3_調査端末")
wt["A1"] = "３．調査端末（5台）　※単体／仮想デスクトップはいずれかに○"
wt["A1"].font = Font(bold=True, size=13)
th = ["No", "システム種別", "単体", "仮想デスクトップ", "端末ホスト名", "IPアドレス（/マスク）", "設置場所",
      "VDI 端末ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考（端末操作可能時間など）"]
for col, h, w in zip("ABCDEFGHIJK", th, [7, 14, 7, 9, 18, 19, 28, 16, 17, 24, 30]):
    cell(wt, f"{col}3", h, fill=HEAD, bold=True, align=CENTER)
    wt.column_dimensions[col].width = w
ex = ["記入例", "電子カルテ", "○", None, "PCXXXX", "192.168.1.25/24", "2F ○○室", None, None, "Microsoft Defender",
      "端末操作可能時間：12:00-13:00"]
for col, v in zip("ABCDEFGHIJK", ex):
    cell(wt, f"{col}4", v, fill=GRAY)
terms = [
    ["電子カルテ", "○", None, "SKD-EMR-W3N01", "192.168.1.131/24", "本館3F 西病棟 スタッフステーション", None, None,
     "Trend Micro Apex One", "操作可能時間：\n平日 14:00～16:00"],
    ["電子カルテ", "○", None, "SKD-EMR-OPD07", "192.168.1.157/24", "本館1F 外来診察室7", None, None,
     "Trend Micro Apex One", None],
    ["医事会計", "○", None, "SKD-IJI-02", "192.168.2.22/24", "本館1F 医事課", None, None, "ESET Endpoint Security",
     None],
    ["臨床検査", None, "○", "SKD-TC-LAB1", "192.168.3.41/24", "本館2F 検査室", "VDI-LAB-01", "10.10.3.41/24",
     "Microsoft Defender", "検査業務中（8:30～11:00）は不可"],
    ["透析", "○", None, "SKD-HD-NS1", "192.168.5.11/24", "別館1F 透析室", None, None, "Microsoft Defender", None],
]
for i, t in enumerate(terms):
    r = 5 + i
    cell(wt, f"A{r}", i + 1, align=CENTER)
    for col, v in zip("BCDEFGHIJK", t):
        cell(wt, f"{col}{r}", v, align=CENTER if col in "CD" else WRAP)

# ------------------------------------------------------------------ 4_設置場所 (image)
wf = wb.create_sheet("4_設置場所")
wf["A1"] = "４．設置場所（フロア図を貼り付け、回線終端装置・調査端末の位置を記入）"
wf["A1"].font = Font(bold=True, size=13)


def font(size):
    p = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    return ImageFont.truetype(p, size) if os.path.exists(p) else ImageFont.load_default()


img = Image.new("RGB", (820, 600), (250, 250, 245))
dr = ImageDraw.Draw(img)
f13, f16 = font(13), font(16)
dr.text((15, 8), "坂出ひかり病院 フロア図（本館・別館）", fill="black", font=f16)
blocks = [("本館3F", 40, ["西病棟SS", "病室", "病室"]), ("本館2F", 170, ["サーバ室", "検査室", "手術室"]),
          ("本館1F", 300, ["医事課", "外来診察室", "救急"]), ("別館1F", 430, ["透析室", "リハビリ", "倉庫"])]
for lab, y, rooms in blocks:
    dr.text((15, y + 40), lab, fill="black", font=f16)
    for k, rn in enumerate(rooms):
        x0 = 90 + k * 240
        dr.rectangle([x0, y, x0 + 230, y + 110], outline=(60, 60, 60), width=2)
        dr.text((x0 + 6, y + 4), rn, fill="black", font=f13)
pins = [("端末1", 130, 95), ("回線1", 130, 225), ("回線3", 370, 225), ("端末4", 440, 250), ("回線2", 130, 355),
        ("端末3", 150, 380), ("端末2", 370, 355), ("回線4", 130, 485), ("端末5", 150, 510)]
for lab, x, y in pins:
    dr.rectangle([x - 5, y - 5, x + 5, y + 5], fill="blue")
    dr.text((x + 9, y - 9), lab, fill="blue", font=f13)
png = os.path.join(tempfile.gettempdir(), NAME + "-floor.png")
img.save(png)
wf.add_image(XLImage(png), "A3")
wf["L3"] = "位置の凡例"
wf["L3"].font = Font(bold=True)
legend = ["回線1：本館2F サーバ室（FortiGate）", "回線2：本館1F 医事課（IX2106）", "回線3：本館2F 検査室（RTX1300）",
          "回線4：別館1F 透析室（Aterm）", "端末1～5：3_調査端末シートの設置場所のとおり"]
for i, t in enumerate(legend):
    wf[f"L{4 + i}"] = t

# ------------------------------------------------------------------ 5_ID・PW (提出不要) — filled in: PLANTED
wp = wb.create_sheet("5_ID・PW(提出不要)")
wp["A1"] = "５．調査対象装置・端末のログイン情報（院内整理用・提出不要）"
wp["A1"].font = Font(bold=True, size=13)
for col, h in zip("ABCDEF", ["対象", "メーカー", "機種名／ホスト名", "アカウント/ログインID", "パスワード", "特権(enable)パスワード"]):
    cell(wp, f"{col}3", h, fill=HEAD, bold=True, align=CENTER)
creds = [
    ("回線1", "Fortinet", "FortiGate 60F", "admin", "Sk-Hikari#60F", None),
    ("回線2", "NEC", "UNIVERGE IX2106", "hosyu", "ix2106Sakaide!", "ixEnable2106"),
    ("回線3", "ヤマハ", "RTX1300", "rtxadmin", "Lab#Rtx1300", "LabAdm1n"),
    ("端末1", None, "SKD-EMR-W3N01", "emrtest01", "W3n!emr2024", None),
]
for i, c in enumerate(creds):
    for col, v in zip("ABCDEF", c):
        cell(wp, f"{col}{4 + i}", v)
for col, w in zip("ABCDEF", [10, 12, 18, 20, 18, 20]):
    wp.column_dimensions[col].width = w

# ------------------------------------------------------------------ save, then re-save with LibreOffice
tmpdir = tempfile.mkdtemp(prefix="lds_b_")
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
print("wrote", os.path.join(HERE, NAME + ".xlsx"))
