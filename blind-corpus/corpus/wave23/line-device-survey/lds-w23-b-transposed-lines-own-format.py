#!/usr/bin/python3
# Generator for lds-w23-b-transposed-lines-own-format.xlsx
# Role: small-hospital 総務課 system person who re-drew 別紙2-1 in the hospital's own style:
# 「項目：値」 basic info, lines as a vertical (transposed) table, ○/× and 有/無 answers, re-saved by LibreOffice.
import os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w23-b-transposed-lines-own-format"
TMP = "/tmp/lds_scratch/b"
os.makedirs(TMP, exist_ok=True)

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="E2EFDA")
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
# ------------------------------------------------------------ 基本情報 (label and value in one cell)
ws = wb.active
ws.title = "基本情報"
ws.column_dimensions["A"].width = 14
for k in "BCDE":
    ws.column_dimensions[k].width = 26
ws["A1"] = "医療機関記入依頼書（回線・機器情報等記入）　基本情報"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "医療機関におけるサイバーセキュリティ確保事業　提出用（丸亀北病院 総務課作成）"
rows = [
    "本施策の同意確認：同意する",
    None,
    "医療機関名：医療法人 青松会 丸亀北病院",
    "医療機関名（かな）：いりょうほうじん せいしょうかい まるがめきたびょういん",
    "郵便番号：〒763-0034",
    "住所：香川県丸亀市大手町二丁目4番21号",
    "住所（かな）：かがわけん まるがめし おおてまち にちょうめ 4ばん21ごう",
    "ビル名：丸亀メディカルスクエア",
    "ビル名（かな）：まるがめ めでぃかるすくえあ",
    "病床数：120床",
]
for i, t in enumerate(rows):
    if t:
        c = ws.cell(row=4 + i, column=1, value=t)
        ws.merge_cells(start_row=4 + i, start_column=1, end_row=4 + i, end_column=5)
ws["A15"] = "担当者"; ws["A15"].font = B
hdr = ["", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for k, h in enumerate(hdr):
    c = ws.cell(row=16, column=1 + k, value=h); c.fill = HEAD; c.border = BOX; c.font = B
contacts = [
    ("総務課 システム担当 主任", "大西 真由美", "０８７７－２３－５５１１", "onishi@marugame-kita.or.jp"),
    ("事務長", "宮武 正人", "0877-23-5500", "miyatake@marugame-kita.or.jp"),
]
for i in range(4):
    r = 17 + i
    ws.cell(row=r, column=1, value=f"担当者{i + 1}").border = BOX
    for k in range(4):
        v = contacts[i][k] if i < len(contacts) else None
        ws.cell(row=r, column=2 + k, value=v).border = BOX
ws["A22"] = "確認者名（フルネーム）：大西 真由美"
ws.merge_cells("A22:E22")
ws["A22"].font = B

# ------------------------------------------------------------ 回線・機器情報 (transposed: one column per line)
wl = wb.create_sheet("回線・機器情報")
wl["A1"] = "回線・機器情報（1列に1回線を記入。記入例の列は参考）"; wl["A1"].font = Font(bold=True, size=13)
wl.column_dimensions["A"].width = 38
for k in "BCD":
    wl.column_dimensions[k].width = 30
items = [
    "調査希望：技術バージョン確認（○希望／×希望なし）",
    "調査希望：脆弱性診断（○希望／×希望なし）",
    "電子カルテシステムと接続するネットワークとの接続（有／無）",
    "用途・システム名",
    "通信形態",
    "グローバルIP利用（有／無）",
    "固定IP／動的IP",
    "グローバルIPアドレス",
    "【脆弱性診断当日記入】グローバルIP確認",
    "【脆弱性診断当日記入】グローバルIPアドレス",
    "FQDN",
    "プロバイダ名",
    "プロバイダ品目",
    "回線事業者",
    "回線サービス名",
    "回線ID",
    "回線名",
    "回線の種類",
    "回線終端装置（ONU等）設置場所",
    "装置（ルータ/UTM/FW）メーカー",
    "装置 機種名",
    "装置 ファームウェアバージョン",
]
cols = {
    "記入例": ["○", "○", "有", "電子カルテ", "インターネットVPN", "有", "固定IP", "121.119.249.222", "入力不要", "入力不要",
              "example.xxx", "○○プロバイダ", "○○光 固定IP", "NTT西日本", "フレッツ 光ネクスト", "COP00000000", "○○保守用",
              "光回線", "○F サーバー室", "○○社", "XX-0000", "Ver.X.X"],
    "回線1": ["○", "○", "有", "電子カルテ（保守用リモート接続）", "インターネットVPN", "有", "固定IP", "192.168.1.1", "入力不要",
              "入力不要", None, "ASAHIネット", "ASAHIネット 固定IP 1個", "NTT西日本", "フレッツ 光ネクスト ファミリー・ハイスピードタイプ",
              "COP05528310", "電子カルテ保守回線", "光回線", "2F 事務室奥 サーバー室 ラックA", "Cisco", "ISR C1111-4P",
              "IOS XE 17.9.4a"],
    "回線2": ["×", "○", "有", "放射線画像（PACS）保守", "インターネットVPN", "有", "固定IP", "153.142.27.96", "入力不要",
              "入力不要", None, "BIGLOBE", "BIGLOBE 固定IPアドレスオプション", "NTT西日本", "フレッツ 光クロス", "COP07714022",
              "PACS保守", "光回線", "1F 放射線科 操作室 壁面", "YAMAHA", "RTX830", "Rev.15.02.30"],
}
wl["A3"] = "項目"
for j, (h, vals) in enumerate(cols.items()):
    c = wl.cell(row=3, column=2 + j, value=h)
    c.font = B; c.fill = HEAD if h != "記入例" else GRAY; c.border = BOX
    for i, v in enumerate(vals):
        cc = wl.cell(row=4 + i, column=2 + j, value=v)
        cc.border = BOX; cc.alignment = WRAP
        if h == "記入例":
            cc.fill = GRAY
wl["A3"].fill = HEAD; wl["A3"].border = BOX; wl["A3"].font = B
for i, t in enumerate(items):
    c = wl.cell(row=4 + i, column=1, value=t); c.border = BOX; c.alignment = WRAP
wl.freeze_panes = "B4"

# ------------------------------------------------------------ 調査端末
wt = wb.create_sheet("調査端末")
wt["A1"] = "調査端末情報（5台）"; wt["A1"].font = Font(bold=True, size=13)
th = ["No.", "システム種別", "利用形態（単体／仮想デスクトップ）", "端末ホスト名", "IPアドレス（/サブネット）", "設置場所",
      "仮想デスクトップ ホスト名", "仮想デスクトップ IPアドレス", "セキュリティ対策製品", "備考"]
for k, h in enumerate(th):
    c = wt.cell(row=3, column=1 + k, value=h); c.fill = HEAD; c.font = B; c.border = BOX; c.alignment = WRAP
for k, w in zip("ABCDEFGHIJ", [6, 14, 16, 16, 18, 24, 18, 18, 22, 26]):
    wt.column_dimensions[k].width = w
terms = [
    ["No.1", "電子カルテ", "単体", "MKN-EMR-001", "10.10.1.101/24", "3F 病棟ナースステーション", None, None,
     "ウイルスバスター Corp.", "12:00～13:00のみ操作可"],
    ["No.2", "電子カルテ", "単体", "MKN-EMR-014", "10.10.1.114/24", "2F 外来 診察室2", None, None,
     "ウイルスバスター Corp.", None],
    ["No.3", "医事", "単体", "MKN-IJI-02", "10.10.2.12/24", "2F 医事課", None, None, "ウイルスバスター Corp.", None],
    ["No.4", "放射線（PACS）", "単体", "MKN-RAD-01", "10.10.3.21/24", "1F 放射線科 操作室", None, None,
     "Microsoft Defender", None],
    ["No.5", "リハビリ", "仮想デスクトップ", "MKN-TC-05", "10.10.1.150/24", "4F リハビリ室", "MKN-VDI-05",
     "10.20.0.55/24", "Microsoft Defender", None],
]
for i, vals in enumerate(terms):
    for k, v in enumerate(vals):
        c = wt.cell(row=4 + i, column=1 + k, value=v); c.border = BOX
# a sixth terminal added below the bordered table afterwards (over the 5-terminal limit)
extra = ["No.6", "臨床検査", "単体", "MKN-LAB-01", "10.10.4.11/24", "1F 検査室", None, None, "ウイルスバスター Corp.",
         "検査科から追加希望"]
for k, v in enumerate(extra):
    wt.cell(row=9, column=1 + k, value=v)

# ------------------------------------------------------------ 設置場所（平面図）
wf = wb.create_sheet("設置場所（平面図）")
wf["A1"] = "設置場所（平面図に回線終端装置・調査端末の位置を記入）"; wf["A1"].font = B
fp = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
img = Image.new("RGB", (760, 620), (250, 250, 245))
d = ImageDraw.Draw(img)
f = ImageFont.truetype(fp, 17); fs = ImageFont.truetype(fp, 13)
floors = [("1F", ["放射線科 操作室", "検査室", "受付・待合"]), ("2F", ["事務室／サーバー室", "医事課", "外来 診察室2"]),
          ("3F", ["病棟 ナースステーション", "病室", "病室"]), ("4F", ["リハビリ室", "病室", "病室"])]
for fi, (fl, rooms) in enumerate(floors):
    y = 20 + fi * 150
    d.text((10, y + 55), fl, fill="black", font=f)
    for ri, rn in enumerate(rooms):
        x = 60 + ri * 230
        d.rectangle((x, y, x + 220, y + 130), outline=(60, 60, 60), width=2)
        d.text((x + 8, y + 6), rn, fill="black", font=fs)
pins = [(150, 110, "回線2 ONU"), (380, 110, "No.6"), (150, 260, "回線1 ONU"), (380, 260, "No.3"), (610, 260, "No.2"),
        (150, 410, "No.1"), (150, 560, "No.5"), (110, 130, "No.4")]
for x, y, t in pins:
    d.rectangle((x - 6, y - 6, x + 6, y + 6), fill=(0, 90, 200))
    d.text((x + 10, y - 9), t, fill=(0, 90, 200), font=fs)
png = os.path.join(TMP, "floor-b.png")
img.save(png)
wf.add_image(XLImage(png), "A3")

# ------------------------------------------------------------ ID・PW一覧 (filled in; should not travel with the submission)
wp = wb.create_sheet("ID・PW一覧")
wp["A1"] = "アカウント(ログインID)・パスワードリスト（提出不要）"; wp["A1"].font = B
ph = ["対象", "メーカー", "機種名／ホスト名", "ログインID", "パスワード", "特権(enable)パスワード"]
for k, h in enumerate(ph):
    c = wp.cell(row=3, column=1 + k, value=h); c.fill = HEAD; c.border = BOX
pw = [
    ["回線1", "Cisco", "ISR C1111-4P", "admin", "Mkn#c1111!", "En@ble2023"],
    ["回線2", "YAMAHA", "RTX830", "pacsmnt", "Rtx830-pacs", None],
    ["端末No.1", None, "MKN-EMR-001", "ns3f01", "Ns3f-0101", None],
    ["端末No.2", None, "MKN-EMR-014", "gairai2", "Gairai#14", None],
    ["端末No.3", None, "MKN-IJI-02", "iji02", "Iji2-2024", None],
    ["端末No.4", None, "MKN-RAD-01", "rad01", "RadPacs01", None],
    ["端末No.5", None, "MKN-TC-05", "reha05", "Reha-tc05", None],
]
for i, vals in enumerate(pw):
    for k, v in enumerate(vals):
        wp.cell(row=4 + i, column=1 + k, value=v).border = BOX
for k, w in zip("ABCDEF", [10, 10, 16, 12, 16, 20]):
    wp.column_dimensions[k].width = w

raw = os.path.join(TMP, NAME + ".xlsx")
wb.save(raw)
# re-save with LibreOffice into the output folder
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("saved", os.path.join(HERE, NAME + ".xlsx"))
