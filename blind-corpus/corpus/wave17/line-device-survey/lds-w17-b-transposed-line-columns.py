#!/usr/bin/python3
"""lds-w17-b: hospital-drawn copy: label-above basic info with ○ marks and 項目：値 cells, lines as COLUMNS
(transposed, with a 記入例 column), terminals in a reordered table, floor plan with callouts drawn into the
picture, and a filled ID/PW sheet (planted). Saved by openpyxl, then re-saved by LibreOffice."""
import os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w17-b-transposed-line-columns"
TMP = "/tmp/p17/ldsb"
os.makedirs(TMP, exist_ok=True)
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
LAB = PatternFill("solid", fgColor="E2EFDA")
EX = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = B
            c.alignment = WRAP
            if fill:
                c.fill = fill


wb = Workbook()
ws = wb.active
ws.title = "1.基本情報"
ws["A1"] = "回線・機器情報等 記入依頼書（別紙2-1）　基本情報"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "記入日：令和6年9月12日　（さぬき白鳥病院 情報管理室 作成）"
for c, w in dict(A=4, B=30, C=30, D=34, E=16).items():
    ws.column_dimensions[c].width = w

ws["B4"] = "１．本施策の同意確認（別紙7 規約・別紙8 注意事項を確認のうえ、該当に○）"
ws["B4"].font = Font(bold=True)
ws["B5"] = "○"
ws["C5"] = "同意する"
ws["D5"] = "同意しない"
ws["B5"].alignment = Alignment(horizontal="right")
box(ws, "B5:D5")

ws["B7"] = "２．医療機関情報"
ws["B7"].font = Font(bold=True)
ws["B8"], ws["C8"] = "医療機関名", "医療機関名（かな）"
ws["B9"], ws["C9"] = "医療法人 緑風会 さぬき白鳥病院", "いりょうほうじん りょくふうかい さぬきしろとりびょういん"
ws["B10"], ws["C10"], ws["D10"] = "郵便番号", "住所", "住所（かな）"
ws["B11"], ws["C11"], ws["D11"] = "〒769-2702", "香川県東かがわ市松原1234番地", "かがわけん ひがしかがわし まつばら 1234ばんち"
ws["B12"], ws["C12"], ws["D12"] = "ビル名", "ビル名（かな）", "病床数"
ws["D13"] = "120床"
for r in (8, 10, 12):
    box(ws, f"B{r}:D{r}", LAB)
    box(ws, f"B{r + 1}:D{r + 1}")

ws["B15"] = "３．担当者（4名まで）"
ws["B15"].font = Font(bold=True)
ws["B16"], ws["C16"] = "担当者①", "担当者②"
ws["D16"] = "担当者③"
ws["E16"] = "担当者④"
c1 = ["所属・役職：情報管理室 室長", "氏名：白井 直樹", "電話番号：０８７９－２５－３１１１",
      "メール：n-shirai@sanuki-shirotori.or.jp"]
c2 = ["所属・役職：事務部 総務課 係長", "氏名：松原 恵", "電話番号：0879-25-3111（内線120）",
      "メール：m-matsubara@sanuki-shirotori.or.jp"]
for i in range(4):
    ws.cell(17 + i, 2, c1[i])
    ws.cell(17 + i, 3, c2[i])
box(ws, "B16:E16", LAB)
box(ws, "B17:E20")
ws.column_dimensions["E"].width = 20

ws["B22"] = "４．申込内容の確認"
ws["B22"].font = Font(bold=True)
ws.merge_cells("B23:D23")
ws["B23"] = "確認者名（フルネーム）：白井 直樹"
box(ws, "B23:D23")

# ---------------- lines, transposed ----------------
wl = wb.create_sheet("2.回線情報")
wl["A1"] = "回線・機器情報（電子カルテ系ネットワークにつながる回線を1列に1回線ずつ）"
wl["A1"].font = Font(bold=True, size=13)
wl["A2"] = "(*)必須　※「記入例」列は消さずにそのまま提出してください"
items = [
    ("調査希望", "技術バージョン確認 (*)"),
    ("調査希望", "脆弱性診断 (*)"),
    ("", "電子カルテシステムと接続するネットワークとの接続 (*)"),
    ("", "用途・システム名 (*)"),
    ("", "通信形態 (*)"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIP利用 (*)"),
    ("回線と紐付くグローバルIPアドレス", "固定IP/動的IP (*)"),
    ("回線と紐付くグローバルIPアドレス", "グローバルIPアドレス (*)"),
    ("脆弱性診断当日記入欄", "グローバルIP確認"),
    ("脆弱性診断当日記入欄", "グローバルIPアドレス"),
    ("", "FQDN"),
    ("プロバイダ情報", "プロバイダ名"),
    ("プロバイダ情報", "プロバイダ品目"),
    ("回線情報", "回線事業者"),
    ("回線情報", "回線サービス名"),
    ("回線情報", "回線ID"),
    ("回線終端装置(ONU/モデム)", "回線終端装置設置場所 (*)"),
    ("ルータ/UTM/FW", "メーカー"),
    ("ルータ/UTM/FW", "機種名"),
    ("ルータ/UTM/FW", "ファームウェアバージョン"),
]
wl["A4"], wl["B4"], wl["C4"], wl["D4"], wl["E4"], wl["F4"], wl["G4"] = "区分", "項目", "記入例", "回線1", "回線2", "回線3", "回線4"
box(wl, "A4:G4", LAB)
example = ["調査希望あり", "調査希望あり", "あり", "電子カルテ", "インターネットVPN", "あり", "固定IP",
           "121.119.249.222", "入力不要", "入力不要", "example.xxx", "NTT東日本", "Bフレッツサービス", "NTT東日本",
           "フレッツ光ネクスト", "CAF0000000000", "本部棟 3F サーバー室 -1番ラック 3U", "○○社", "XX-1000", "Ver.1.0"]
l1 = ["希望する", "希望する", "有", "電子カルテ（リモート保守）", "インターネットVPN", "有", "固定",
      "192.168.1.1", "入力不要", None, None, "BIGLOBE", "BIGLOBE 固定IPアドレスオプション(1個)", "NTT西日本",
      "フレッツ 光ネクスト ファミリー・ハイスピードタイプ", "CAF2207781234", "東館3F\nサーバー室 ラック1",
      "YAMAHA", "RTX830", "Rev.15.02.30"]
l2 = ["希望する", "希望しない", "有", "透析システム（保守）", "閉域網", "無", None, None, "入力不要", None, None,
      None, None, "ソフトバンク", "SmartVPN", "SV-0048812", "東館3F\nサーバー室 ラック2", "NEC",
      "UNIVERGE IX2106", "Ver.10.8.22"]
l3 = ["希望しない", "希望する", "有", "インターネット（Web閲覧・メール）", "インターネット", "有", "動的",
      "14.10.88.201", None, None, None, "STNet", "ピカラ光ねっと ビジネス", "STNet", "ピカラ光ビジネス",
      "PK-23-004871", "本館1F 事務室\n(OA機器ラック)", "NEC", "Aterm WX3600HP", "1.4.1"]
for i, (grp, lab) in enumerate(items):
    r = 5 + i
    wl.cell(r, 1, grp)
    wl.cell(r, 2, lab)
    wl.cell(r, 3, example[i])
    for k, ln in enumerate((l1, l2, l3)):
        if ln[i] is not None:
            wl.cell(r, 4 + k, ln[i])
box(wl, f"A5:G{4 + len(items)}")
for r in range(5, 5 + len(items)):
    wl.cell(r, 1).fill = LAB
    wl.cell(r, 2).fill = LAB
    wl.cell(r, 3).fill = EX
for c, w in dict(A=20, B=34, C=22, D=30, E=26, F=30, G=16).items():
    wl.column_dimensions[c].width = w
wl.freeze_panes = "C5"

# ---------------- terminals ----------------
wt = wb.create_sheet("3.調査端末")
wt["A1"] = "調査端末（PC）情報　※5台選定（電子カルテ端末1台＋主要部門システム端末）"
wt["A1"].font = Font(bold=True, size=13)
th = ["No", "設置場所 (*)", "システム種別 (*)", "シングル利用 (*)\n単体/仮想デスクトップ", "端末ホスト名 (*)",
      "IPアドレス (*)\n(例 192.168.1.25/24)", "仮想デスクトップ\n端末ホスト名", "仮想デスクトップ\nIPアドレス",
      "セキュリティ対策製品", "備考"]
for i, h in enumerate(th):
    wt.cell(3, 1 + i, h)
box(wt, "A3:J3", LAB)
wt.row_dimensions[3].height = 45
terms = [
    [1, "東館2F 医局", "電子カルテ", "単体", "SR-EMR-011", "192.168.0.111/24", None, None, "ESET Endpoint Security",
     "操作は 12:30～13:30 でお願いします"],
    [2, "本館2F 病棟ナースステーション", "電子カルテ", "仮想デスクトップ", "SR-TC-024", "192.168.0.124/24",
     "SR-VDI-024", "10.10.20.24/24", "ESET Endpoint Security", None],
    [3, "本館1F 医事課", "医事会計", "単体", "SR-IJI-03", "192.168.0.63/24", None, None, "Microsoft Defender", None],
    [4, "東館1F 透析室", "透析システム", "単体", "SR-DIA-01", "192.168.5.21/24", None, None,
     "ESET Endpoint Security", "透析中(8:00～17:00)は操作不可"],
    [5, "本館1F 放射線科", "PACS", "単体", "SR-PACS-02", "192.168.3.42/24", None, None,
     "Trend Micro Apex One", None],
]
for k, t in enumerate(terms):
    for i, v in enumerate(t):
        if v is not None:
            wt.cell(4 + k, 1 + i, v)
box(wt, "A4:J8")
for c, w in dict(A=5, B=26, C=14, D=16, E=16, F=20, G=16, H=18, I=24, J=30).items():
    wt.column_dimensions[c].width = w

# ---------------- floor plan ----------------
wf = wb.create_sheet("4.設置場所（平面図）")
wf["A1"] = "設置場所（平面図に調査対象機器をプロット）"
wf["A1"].font = Font(bold=True, size=13)
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 15)
img = Image.new("RGB", (820, 600), (250, 250, 245))
d = ImageDraw.Draw(img)
d.text((10, 6), "さぬき白鳥病院 フロア図（本館1F・2F / 東館1F～3F）", fill="black", font=font)
rooms = [(10, 40, 400, 300, "本館1F"), (20, 80, 190, 180, "事務室"), (200, 80, 390, 180, "医事課"),
         (20, 190, 390, 290, "放射線科"), (10, 310, 400, 590, "本館2F"), (20, 350, 390, 580, "病棟 NS"),
         (420, 40, 810, 300, "東館1F・2F"), (430, 80, 800, 180, "透析室(1F)"), (430, 190, 800, 290, "医局(2F)"),
         (420, 310, 810, 590, "東館3F"), (430, 350, 800, 580, "サーバー室")]
for x1, y1, x2, y2, t in rooms:
    d.rectangle((x1, y1, x2, y2), outline="black", width=2)
    d.text((x1 + 6, y1 + 4), t, fill="black", font=font)
callouts = [((450, 400), "回線1 ONU/RTX830\nラック1"), ((620, 400), "回線2 IX2106\nラック2"),
            ((40, 110), "回線3 ONU/Aterm"), ((450, 220), "端末1 SR-EMR-011"), ((40, 400), "端末2 SR-TC-024"),
            ((220, 110), "端末3 SR-IJI-03"), ((450, 110), "端末4 SR-DIA-01"), ((40, 220), "端末5 SR-PACS-02")]
for (x, y), t in callouts:
    w = 150
    d.rectangle((x, y, x + w, y + 44), fill="white", outline="blue", width=2)
    d.multiline_text((x + 4, y + 2), t, fill="blue", font=font)
png = os.path.join(TMP, "floor.png")
img.save(png)
wf.add_image(XLImage(png), "A3")

# ---------------- ID / PW sheet (filled in: planted) ----------------
wp = wb.create_sheet("5.ID・PW（提出不要）")
wp["A1"] = "アカウント(ログインID)・パスワードリスト　※提出不要"
wp["A1"].font = Font(bold=True, size=13)
for i, h in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wp.cell(3, 1 + i, h)
box(wp, "A3:F3", LAB)
creds = [["回線1", "YAMAHA", "RTX830", "admin", "Shr#830rtx", "Shr#830en"],
         ["回線2", "NEC", "UNIVERGE IX2106", "maint", "Ix2106-sb!", None],
         ["回線3", "NEC", "Aterm WX3600HP", "admin", "aterm3600", None]]
for k, row in enumerate(creds):
    for i, v in enumerate(row):
        if v is not None:
            wp.cell(4 + k, 1 + i, v)
box(wp, "A4:F6")
for i, h in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wp.cell(8, 1 + i, h)
box(wp, "A8:E8", LAB)
tcreds = [["端末1", "SR-EMR-011", "192.168.0.111/24", "emr-admin", "Emr2024sr"],
          ["端末2", "SR-TC-024", "192.168.0.124/24", "emr-admin", "Emr2024sr"],
          ["端末3", "SR-IJI-03", "192.168.0.63/24", "iji", "iji0063"],
          ["端末4", "SR-DIA-01", "192.168.5.21/24", "dia", "Dia#0521"],
          ["端末5", "SR-PACS-02", "192.168.3.42/24", "pacsuser", "pacs0342"]]
for k, row in enumerate(tcreds):
    for i, v in enumerate(row):
        wp.cell(9 + k, 1 + i, v)
box(wp, "A9:E13")
for c, w in dict(A=8, B=16, C=18, D=20, E=16, F=24).items():
    wp.column_dimensions[c].width = w

raw = os.path.join(TMP, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL)
print("saved", NAME)
