#!/usr/bin/python3
"""lds-w27-b: a hospital's own redraw of 別紙2-1 on ONE answer sheet (項目：値 cells for the basic
information, lines as a vertical table with one column per line, terminals as a normal table), a
floor-plan sheet, and a hidden password list the filler forgot to remove. Saved by openpyxl.
Planted: private address given as the fixed global IP of 回線1; password list with passwords filled."""
import os, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.drawing.image import Image as XLImage
from PIL import Image, ImageDraw, ImageFont

OUT = "/work/blind/wave27/line-device-survey"
NAME = "lds-w27-b-onesheet-transposed-lines"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def boxed(ws, r1, c1, r2, c2, fill=None, bold=False):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP
            if fill: cell.fill = fill
            if bold: cell.font = B


wb = Workbook()
ws = wb.active
ws.title = "別紙2-1（回答）"
for col, w in zip("ABCDEFGHIJK", [30, 24, 24, 24, 24, 18, 24, 16, 20, 22, 26]):
    ws.column_dimensions[col].width = w
ws["A1"] = "別紙2-1　医療機関記入依頼書（回線・機器情報等記入）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "提出先：サイバーセキュリティ確保事業 事務局（ポータルシステムへアップロード）　／　作成：丸亀しおかぜ病院 情報システム室"
ws["A3"] = "※院内様式に転記して作成しています。回線は縦に1列1回線で記入。"

r = 5
ws.cell(r, 1, "１．基本情報").font = B
basic = [
    "本施策の同意確認：同意する",
    "医療機関名：社会医療法人 潮風会 丸亀しおかぜ病院",
    "医療機関名（かな）：しゃかいいりょうほうじん しおかぜかい まるがめしおかぜびょういん",
    "郵便番号：〒763-0082",
    "住所：香川県丸亀市土器町東九丁目211番地",
    "住所（かな）：かがわけんまるがめしどきちょうひがしきゅうちょうめ211ばんち",
    "ビル名：",
    "病床数：１９９床",
]
BASIC_ROW = {}
for i, t in enumerate(basic):
    ws.cell(r + 1 + i, 1, t)
    ws.merge_cells(start_row=r + 1 + i, start_column=1, end_row=r + 1 + i, end_column=4)
    BASIC_ROW[t.split("：")[0]] = r + 1 + i
r = r + 1 + len(basic) + 1          # 15
ws.cell(r, 1, "担当者").font = B
hdr = ["担当者", "所属・役職", "氏名", "電話番号", "メールアドレス"]
for j, t in enumerate(hdr):
    ws.cell(r + 1, 1 + j, t)
boxed(ws, r + 1, 1, r + 1, 5, fill=GRAY, bold=True)
contacts = [
    ("情報システム室 係長", "高橋 誠", "0877-24-5581", "m.takahashi@shiokaze-hp.or.jp"),
    ("事務局 総務課 主事", "森 綾香", "0877245580", "a.mori@shiokaze-hp.or.jp"),
]
for i, c in enumerate(contacts):
    ws.cell(r + 2 + i, 1, f"担当者{i + 1}")
    for j, v in enumerate(c):
        ws.cell(r + 2 + i, 2 + j, v)
for i in range(len(contacts), 4):
    ws.cell(r + 2 + i, 1, f"担当者{i + 1}")
boxed(ws, r + 2, 1, r + 5, 5)
CONTACT_ROW = r + 2
r = r + 7                            # 22
ws.cell(r, 1, "確認者名（フルネーム）：高橋 誠 ")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
CONFIRM_ROW = r

r += 2                               # 24
ws.cell(r, 1, "２．回線・機器情報（1列＝1回線）").font = B
ws.cell(r, 3, "回線数：")
ws.cell(r, 4, "=COUNTA(B26:E26)")
head = r + 1                         # 25
ws.cell(head, 1, "項目")
for j in range(4):
    ws.cell(head, 2 + j, f"回線{j + 1}")
boxed(ws, head, 1, head, 5, fill=GRAY, bold=True)
items = [
    ("回線名", ["電子カルテ保守回線", "地域連携ネットワーク回線", "PACS保守回線", "検査機器保守回線（モバイル）"]),
    ("回線の種類", ["光回線", "光回線（閉域）", "光回線", "モバイル回線（LTE）"]),
    ("調査希望（技術バージョン確認）", ["希望あり", "希望あり", "希望なし", "希望なし"]),
    ("調査希望（脆弱性診断）", ["希望あり", "希望なし", "希望あり", "希望なし"]),
    ("電子カルテシステムと接続するネットワークとの接続", ["有", "有", "有", "有"]),
    ("用途・システム名", ["電子カルテ（リモート保守）", "地域医療連携（K-MIX R）", "PACS", "生化学自動分析装置 保守"]),
    ("通信形態", ["インターネットVPN", "閉域網", "インターネットVPN", "閉域網"]),
    ("グローバルIP利用", ["有", "無", "有", "無"]),
    ("固定IP／動的IP", ["固定IP", "", "固定IP", ""]),
    ("グローバルIPアドレス", ["192.168.1.1", "", "118.22.146.93", ""]),
    ("【診断当日記入】グローバルIP確認", ["入力不要", "入力不要", "入力不要", "入力不要"]),
    ("【診断当日記入】グローバルIPアドレス", ["", "", "", ""]),
    ("FQDN", ["", "", "pacs-gw.shiokaze-hp.or.jp", ""]),
    ("プロバイダ名", ["BIGLOBE", "", "OCN", ""]),
    ("プロバイダ品目", ["BIGLOBE光 固定IPアドレスオプション", "", "OCN光 固定IP1", ""]),
    ("回線事業者", ["NTT西日本", "NTT西日本", "NTT西日本", "NTTドコモ"]),
    ("回線サービス名", ["フレッツ 光クロス", "フレッツ・VPN プライオ", "フレッツ 光ネクスト\nファミリー・ハイスピードタイプ",
                   "ビジネスmopera アクセスプレミアム"]),
    ("回線ID", ["CAF7731226094", "CAF4410283756", "CAF6028351147", ""]),
    ("回線終端装置設置場所", ["本館1F 電算室 ラックA", "本館1F 電算室 ラックA", "東館2F 放射線科 操作室", "本館2F 検査室"]),
    ("ルータ/UTM/FW　メーカー", ["ヤマハ", "NEC", "Cisco", ""]),
    ("ルータ/UTM/FW　機種名", ["RTX1210", "UNIVERGE IX2106", "C1111-4P", ""]),
    ("ルータ/UTM/FW　ファームウェア", ["Rev.14.01.42", "10.2.16", "IOS XE 17.9.4a", ""]),
]
LINE_ROW = {}
for i, (label, vals) in enumerate(items):
    rr = head + 1 + i
    LINE_ROW[label] = rr
    ws.cell(rr, 1, label)
    for j, v in enumerate(vals):
        if v != "":
            ws.cell(rr, 2 + j, v)
boxed(ws, head + 1, 1, head + len(items), 5)
for rr in range(head + 1, head + len(items) + 1):
    ws.cell(rr, 1).fill = GRAY

r = head + len(items) + 2            # 49
ws.cell(r, 1, "３．調査端末情報（5台）").font = B
th = ["No.", "システム種別", "シンクラ利用（単体／仮想デスクトップ）", "端末ホスト名", "IPアドレス", "設置場所",
      "仮想デスクトップ ホスト名", "仮想デスクトップ IP", "セキュリティ対策製品", "備考"]
for j, t in enumerate(th):
    ws.cell(r + 1, 1 + j, t)
boxed(ws, r + 1, 1, r + 1, len(th), fill=GRAY, bold=True)
terms = [
    ["1", "電子カルテ", "単体", "SKZ-EMR-101", "10.10.1.101/24", "本館3F 3階病棟 ナースステーション", "", "",
     "Trend Micro Apex One", "端末操作可能時間：\n14:00-16:00"],
    ["2", "電子カルテ", "仮想デスクトップ", "SKZ-TC-215", "10.10.2.15/24", "本館1F 外来 第5診察室", "SKZ-VDI-215",
     "10.20.0.215/24", "Microsoft Defender", ""],
    ["3", "PACS", "単体", "SKZ-PACS-03", "10.10.30.3/24", "東館2F 放射線科 読影室", "", "", "Trend Micro Apex One", ""],
    ["4", "医事会計", "単体", "SKZ-IJI-02", "10.10.40.2/24", "本館1F 医事課", "", "", "ESET PROTECT", "月初（1〜10日）はレセプト業務のため不可"],
    ["5", "臨床検査", "単体", "SKZ-LAB-01", "10.10.50.1/24", "本館2F 検査室", "", "", "Microsoft Defender", ""],
]
for i, t in enumerate(terms):
    for j, v in enumerate(t):
        if v != "":
            ws.cell(r + 2 + i, 1 + j, v)
boxed(ws, r + 2, 1, r + 1 + len(terms), len(th))
TERM_ROW = r + 2
ws.freeze_panes = "B1"

# ---- floor plan ----
wp = wb.create_sheet("設置場所（平面図）")
wp["A1"] = "設置場所（平面図）　※回線終端装置と調査端末の位置を記入"
font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 16)
im = Image.new("RGB", (820, 600), (250, 250, 245))
dr = ImageDraw.Draw(im)
dr.text((16, 8), "丸亀しおかぜ病院 平面図（本館・東館）", fill="black", font=font)
for box_, lab in [((16, 40, 400, 300), "本館1F（電算室・医事課・外来）"), ((420, 40, 804, 300), "本館2F（検査室）／3F病棟"),
                  ((16, 320, 804, 584), "東館2F（放射線科 操作室・読影室）")]:
    dr.rectangle(box_, outline="black", width=2)
    dr.text((box_[0] + 8, box_[1] + 6), lab, fill="black", font=font)
for x, y, t in [(80, 120, "回線1・回線2 ONU（ラックA）"), (250, 220, "端末2・端末4"), (470, 130, "回線4 / 端末5"),
                (650, 230, "端末1（3F）"), (120, 430, "回線3 ONU"), (500, 480, "端末3")]:
    dr.rectangle((x - 6, y - 6, x + 6, y + 6), fill="blue")
    dr.text((x + 10, y - 10), t, fill="blue", font=font)
p = os.path.join(tempfile.mkdtemp(), "plan.png")
im.save(p)
xi = XLImage(p); xi.anchor = "A3"
wp.add_image(xi)

# ---- password list the filler forgot to delete (hidden) ----
wa = wb.create_sheet("パスワードリスト")
wa["A1"] = "アカウント(ログインID)・パスワードリスト（提出不要）"
for j, t in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"]):
    wa.cell(3, 1 + j, t)
rows = [("回線1", "ヤマハ", "RTX1210", "admin", "Skz#rtx2019", "Skz#en2019"),
        ("回線2", "NEC", "UNIVERGE IX2106", "admin", "ix2106-Marugame", "")]
for i, rw in enumerate(rows):
    for j, v in enumerate(rw):
        if v:
            wa.cell(4 + i, 1 + j, v)
for j, t in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"]):
    wa.cell(8, 1 + j, t)
wa.cell(9, 1, "端末1"); wa.cell(9, 2, "SKZ-EMR-101"); wa.cell(9, 3, "10.10.1.101/24"); wa.cell(9, 4, "emradmin")
wa.cell(9, 5, "Emr!2024skz")
wa.sheet_state = "hidden"

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("rows:", BASIC_ROW, CONTACT_ROW, CONFIRM_ROW, LINE_ROW["グローバルIPアドレス"], TERM_ROW)
