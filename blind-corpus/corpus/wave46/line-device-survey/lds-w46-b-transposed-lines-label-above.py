# Generator for lds-w46-b-transposed-lines-label-above.xlsx
# Role: a small hospital's contracted SE redrew 別紙2-1 as a print-friendly workbook: basic info with labels
# above the values and `項目：値` cells (confirmation block first), the line table transposed (one column per
# line, 記入例 column first), terminals as rows in its own column order, a floor-plan picture, and the
# password list kept in the same file. Written by openpyxl, then re-saved by LibreOffice.
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/lds_bv_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w46-b-transposed-lines-label-above.xlsx"
TMP = "/tmp/w46-lds-bv-helper/lds_b_src"
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
os.makedirs(TMP, exist_ok=True)

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
EXF = PatternFill("solid", fgColor="D9D9D9")
B = Font(bold=True)
W = Alignment(wrap_text=True, vertical="top")


def box(ws, rng, fill=None, font=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = W
            if fill:
                c.fill = fill
            if font:
                c.font = font


def floorplan(path):
    img = Image.new("RGB", (900, 520), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 20)
    s = ImageFont.truetype(FONT, 15)
    d.text((15, 8), "栗林記念病院 フロア図（1F / 2F）", font=f, fill="black")
    d.rectangle((15, 45, 440, 505), outline="black", width=3)
    d.text((25, 50), "1F", font=f, fill="black")
    for r, t in [((25, 85, 220, 250), "事務室"), ((230, 85, 430, 250), "受付・会計"),
                 ((25, 260, 220, 495), "外来診察室1・2"), ((230, 260, 430, 495), "待合")]:
        d.rectangle(r, outline="black", width=2)
        d.text((r[0] + 6, r[1] + 4), t, font=s, fill="black")
    d.rectangle((460, 45, 885, 505), outline="black", width=3)
    d.text((470, 50), "2F", font=f, fill="black")
    for r, t in [((470, 85, 670, 250), "検査室"), ((680, 85, 875, 250), "ナースステーション"),
                 ((470, 260, 875, 495), "病棟（60床）")]:
        d.rectangle(r, outline="black", width=2)
        d.text((r[0] + 6, r[1] + 4), t, font=s, fill="black")
    for x, y, t in [(180, 220, "回線1"), (330, 225, "回線3"), (620, 220, "回線2")]:
        d.ellipse((x - 9, y - 9, x + 9, y + 9), fill="red")
        d.text((x - 30, y - 32), t, font=s, fill="red")
    for x, y, t in [(120, 330, "端末1"), (760, 160, "端末2"), (300, 150, "端末3"), (380, 160, "端末4"), (540, 150, "端末5")]:
        d.rectangle((x - 8, y - 8, x + 8, y + 8), fill="blue")
        d.text((x + 12, y - 9), t, font=s, fill="blue")
    img.save(path)


wb = Workbook()
# ------------------------------------------------------------------ 1_基本情報
ws = wb.active
ws.title = "1_基本情報"
for c, w in zip("ABCD", (30, 34, 40, 30)):
    ws.column_dimensions[c].width = w
ws["A1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　基本情報"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "■申込内容の確認・同意"
ws["A3"].font = B
ws["A4"] = "確認者名（フルネーム）：三好 正樹"
ws["A5"] = "本施策の同意確認：同意する"
ws["C4"] = "※規約（別紙7・別紙8）確認済み"

ws["A7"] = "■医療機関情報"
ws["A7"].font = B
ws["A8"], ws["B8"] = "医療機関名", "医療機関名（かな）"
ws["A9"], ws["B9"] = "医療法人 栗林会 栗林記念病院", "いりょうほうじん りつりんかい りつりんきねんびょういん"
ws["A10"], ws["B10"], ws["C10"] = "郵便番号", "住所", "住所（かな）"
ws["A11"], ws["B11"], ws["C11"] = "〒760-0073", "香川県高松市栗林町二丁目14番7号", "かがわけんたかまつしりつりんちょう2ちょうめ14ばん7ごう"
ws["A12"], ws["B12"], ws["C12"] = "ビル名", "ビル名（かな）", "病床数"
ws["A13"], ws["B13"], ws["C13"] = "栗林メディカルビル", "りつりんめでぃかるびる", "60床"
for r in (8, 10, 12):
    box(ws, f"A{r}:C{r}", fill=GRAY, font=B)
for r in (9, 11, 13):
    box(ws, f"A{r}:C{r}")
ws["C8"].fill = PatternFill(fill_type=None)
ws["C8"].border = Border()
ws["C9"].border = Border()

ws["A15"] = "■担当者（4名まで）"
ws["A15"].font = B
for i, h in enumerate(["所属・役職", "氏名", "電話番号", "メールアドレス"], start=1):
    ws.cell(row=16, column=i, value=h)
box(ws, "A16:D16", fill=GRAY, font=B)
contacts = [
    ("事務長", "三好 正樹", "087-831-4402", "miyoshi@ritsurin-kinen.jp"),
    ("医事課 主任", "十河 さやか", "０８７－８３１－４４０２", "sogo@ritsurin-kinen.jp"),
    ("委託SE（株式会社讃岐システムサービス）", "多田 浩二", "090-1234-5678", "tada@sanuki-ss.co.jp"),
]
for k, c in enumerate(contacts):
    for i, v in enumerate(c, start=1):
        ws.cell(row=17 + k, column=i, value=v)
box(ws, "A17:D20")

# ------------------------------------------------------------------ 2_回線情報 (transposed)
wl = wb.create_sheet("2_回線情報")
wl["A1"] = "回線・機器情報（縦書き版）　※(*)必須　※記入例の列は参考です"
wl["A1"].font = Font(bold=True, size=13)
for c, w in zip("ABCDEF", (16, 26, 24, 26, 26, 26)):
    wl.column_dimensions[c].width = w
wl["A3"], wl["B3"] = "区分", "項目"
wl["C3"], wl["D3"], wl["E3"], wl["F3"] = "記入例", "回線1", "回線2", "回線3"
items = [
    ("調査希望", "技術バージョン確認 (*)", "調査希望あり", "調査希望あり", "調査希望なし", "調査希望あり"),
    ("調査希望", "脆弱性診断 (*)", "調査希望あり", "調査希望あり", "調査希望なし", "調査希望あり"),
    ("", "電子カルテ系ネットワークとの接続 (*)", "あり", "あり", "あり", "あり"),
    ("", "用途・システム名 (*)", "電子カルテ", "電子カルテ", "検体検査（外注検査 結果受信）", "オンライン資格確認"),
    ("グローバルIP", "通信形態 (*)", "インターネットVPN", "インターネットVPN", "閉域網", "インターネットVPN"),
    ("グローバルIP", "グローバルIP利用 (*)", "あり", "あり", "なし", "あり"),
    ("グローバルIP", "固定IP/動的IP (*)", "固定IP", "固定IP", None, "固定IP"),
    ("グローバルIP", "グローバルIPアドレス (*)", "121.119.249.222", "192.168.1.1", None, "118.22.134.57"),
    ("診断当日記入欄", "グローバルIP確認", "入力不要", "入力不要", None, "入力不要"),
    ("診断当日記入欄", "グローバルIPアドレス", "入力不要", "入力不要", None, "入力不要"),
    ("", "FQDN", "example.xxx", None, None, None),
    ("プロバイダ", "プロバイダ名", "NTT東日本", "STNet", None, "STNet"),
    ("プロバイダ", "プロバイダ品目", "Bフレッツサービス", "ピカラ光ネット ビジネス 固定IP1", None, "ピカラ光ネット ビジネス 固定IP1"),
    ("回線", "回線事業者", "NTT東日本", "STNet", "NTT西日本", "STNet"),
    ("回線", "回線サービス名", "フレッツ 光ネクスト", "ピカラ光 ビジネス", "フレッツ・VPN ゲート", "ピカラ光 ビジネス"),
    ("回線", "回線ID", "CAF0000000000", "PK0087552341", "COP55501234", "PK0087552342"),
    ("回線終端装置", "設置場所 (*)", "本部棟 3F サーバー室 -1番ラック 3U", "1F 事務室 奥 ラック", "2F 検査室 棚下", "1F 受付カウンター下"),
    ("接続機器\n(ルータ/UTM/FW)", "メーカー", "○○社", "YAMAHA", "NEC", "NEC"),
    ("接続機器\n(ルータ/UTM/FW)", "機種名", "XG-1000B", "RTX830", "UNIVERGE IX2215", "UNIVERGE IX2106"),
    ("接続機器\n(ルータ/UTM/FW)", "FWバージョン", "1.0.0", "Rev.15.02.30", "不明", "10.9.15"),
]
for k, it in enumerate(items):
    r = 4 + k
    for i, v in enumerate(it, start=1):
        wl.cell(row=r, column=i, value=v)
box(wl, "A3:F3", fill=GRAY, font=B)
box(wl, f"A4:F{3 + len(items)}")
for r in range(4, 4 + len(items)):
    wl.cell(row=r, column=3).fill = EXF
    wl.cell(row=r, column=1).fill = GRAY
    wl.cell(row=r, column=2).fill = GRAY
# merge group labels
start = 4
while start < 4 + len(items):
    g = items[start - 4][0]
    end = start
    while end + 1 < 4 + len(items) and items[end + 1 - 4][0] == g and g:
        end += 1
    if end > start:
        wl.merge_cells(f"A{start}:A{end}")
    start = end + 1
wl.freeze_panes = "C4"

# ------------------------------------------------------------------ 3_調査端末
wt = wb.create_sheet("3_調査端末")
wt["A1"] = "調査端末情報（5台）"
wt["A1"].font = Font(bold=True, size=13)
hd = ["No.", "設置場所 (*)", "端末ホスト名 (*)", "IPアドレス (*)", "システム種別 (*)", "利用形態 (*)\n単体/仮想デスクトップ",
      "VDI ホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
for i, (h, w) in enumerate(zip(hd, (8, 22, 16, 18, 16, 18, 14, 16, 22, 30)), start=1):
    wt.cell(row=3, column=i, value=h)
    wt.column_dimensions[chr(64 + i)].width = w
box(wt, "A3:J3", fill=GRAY, font=B)
ex = ["記入例", "2F OOO室", "PCXXXX", "192.168.1.25/24", "電子カルテ", "単体", "PCXXXX", "192.168.1.25/24",
      "Microsoft Defender", "端末操作可能時間：12:00-13:00"]
for i, v in enumerate(ex, start=1):
    wt.cell(row=4, column=i, value=v)
box(wt, "A4:J4", fill=EXF)
terms = [
    ["1", "1F 外来診察室1", "RKH-EMR01", "192.168.1.21/24", "電子カルテ", "単体", None, None, "Microsoft Defender", None],
    ["2", "2F ナースステーション", "RKH-EMR05", "192.168.1.26/24", "電子カルテ", "単体", None, None, "Microsoft Defender",
     "夜勤帯は使用中のため日中のみ"],
    ["3", "1F 受付・会計", "RKH-IJI01", "192.168.1.41/24", "医事会計", "単体", None, None, "ウイルスバスター ビジネスセキュリティ",
     "端末操作可能時間：13:00-14:00\n※午後外来前に終了のこと"],
    ["4", "1F 受付・会計", "RKH-OQS01", "192.168.1.61/24", "オンライン資格確認", "単体", None, None, "Microsoft Defender", None],
    ["5", "2F 検査室", "RKH-LAB01", "192.168.2.11/24", "検体検査", "単体", None, None, "ESET Endpoint Security", None],
]
for k, t in enumerate(terms):
    for i, v in enumerate(t, start=1):
        wt.cell(row=5 + k, column=i, value=v)
box(wt, "A5:J9")

# ------------------------------------------------------------------ 4_設置場所(平面図)
wp = wb.create_sheet("4_設置場所(平面図)")
wp["A1"] = "設置場所（フロア図）　赤＝回線終端装置　青＝調査端末"
wp["A1"].font = Font(bold=True, size=13)
png = os.path.join(TMP, "lds_b_floor.png")
floorplan(png)
im = XLImage(png)
im.width, im.height = 675, 390
wp.add_image(im, "A3")
notes = ["回線1 ONU：1F 事務室 奥 ラック（YAMAHA RTX830）", "回線2 ONU：2F 検査室 棚下（NEC IX2215）",
         "回線3 ONU：1F 受付カウンター下（NEC IX2106）", "端末1：1F 外来診察室1", "端末2：2F ナースステーション",
         "端末3・4：1F 受付・会計", "端末5：2F 検査室"]
wp.column_dimensions["L"].width = 50
for k, n in enumerate(notes):
    wp.cell(row=4 + k, column=12, value=n)

# ------------------------------------------------------------------ PWリスト(提出不要)
wa = wb.create_sheet("PWリスト(提出不要)")
wa["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要（当日用）"
wa["A1"].font = Font(bold=True, size=13, color="C00000")
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"], start=1):
    wa.cell(row=3, column=i, value=h)
box(wa, "A3:F3", fill=GRAY, font=B)
rows = [("回線1", "YAMAHA", "RTX830", "admin", "Rk#8830yama", "Rk#8830en"),
        ("回線2", "NEC", "UNIVERGE IX2215", "(業者管理)", None, None),
        ("回線3", "NEC", "UNIVERGE IX2106", "admin", "Oqs2106!nec", None)]
for k, rw in enumerate(rows):
    for i, v in enumerate(rw, start=1):
        wa.cell(row=4 + k, column=i, value=v)
box(wa, "A4:F6")
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], start=1):
    wa.cell(row=9, column=i, value=h)
box(wa, "A9:E9", fill=GRAY, font=B)
trows = [("端末1", "RKH-EMR01", "192.168.1.21/24", "emr-user01", "Ritsurin2024"),
         ("端末2", "RKH-EMR05", "192.168.1.26/24", "emr-user05", "Ritsurin2024"),
         ("端末3", "RKH-IJI01", "192.168.1.41/24", "iji01", "Iji@0141"),
         ("端末4", "RKH-OQS01", "192.168.1.61/24", "oqsadmin", "Oqs@0161"),
         ("端末5", "RKH-LAB01", "192.168.2.11/24", "lab01", "Lab@0211")]
for k, rw in enumerate(trows):
    for i, v in enumerate(rw, start=1):
        wa.cell(row=10 + k, column=i, value=v)
box(wa, "A10:E14")
for c, w in zip("ABCDEF", (10, 14, 18, 20, 16, 22)):
    wa.column_dimensions[c].width = w

src = os.path.join(TMP, NAME)
wb.save(src)
# re-save with LibreOffice into the output folder
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("saved", os.path.join(OUT, NAME))
