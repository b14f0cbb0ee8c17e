#!/usr/bin/python3
# Generator for lds-w43-b-prefecture-transposed-line-columns.xlsx
# Role: a prefecture office's simplified collection copy of 別紙2-1 (basic info as "項目：値" cells, the line table
# transposed: one column per line with a labelled 記入例 column, terminals + floor plan on one sheet),
# filled by a 60-bed hospital in Takamatsu, who also added their own ID/password memo sheet.
# Saved by openpyxl, then re-saved by LibreOffice (soffice --headless --convert-to xlsx).
# Run: PYTHONPATH=/tmp/h43lib /usr/bin/python3 THIS.py   (needs openpyxl + Pillow + soffice)
import os
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w43-b-prefecture-transposed-line-columns"
OUT = os.path.join(HERE, NAME + ".xlsx")
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="EDEDED")
YEL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, align=WRAP):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill


def floor_png(path):
    img = Image.new("RGB", (700, 420), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 15, index=0)
    t = ImageFont.truetype(FONT, 19, index=0)
    d.text((10, 6), "西の丸記念病院 フロア図（1F～4F）", font=t, fill="black")
    floors = [((10, 40, 340, 220), "1F"), ((360, 40, 690, 220), "3F"), ((10, 235, 340, 410), "4F"),
              ((360, 235, 690, 410), "2F")]
    for (x1, y1, x2, y2), lab in floors:
        d.rectangle((x1, y1, x2, y2), outline="black", width=3)
        d.text((x1 + 5, y1 + 3), lab, font=t, fill="black")
    rooms = [((25, 75, 160, 140), "受付・医事"), ((175, 75, 325, 140), "放射線科"), ((175, 150, 325, 210), "機械室"),
             ((375, 75, 520, 140), "サーバー室"), ((535, 75, 680, 140), "医局"),
             ((25, 270, 200, 340), "ナースステーション"), ((375, 270, 540, 340), "リハビリ室")]
    for (x1, y1, x2, y2), lab in rooms:
        d.rectangle((x1, y1, x2, y2), outline="#444444", width=2, fill="#EEF3FA")
        d.text((x1 + 5, y1 + 5), lab, font=f, fill="black")
    for x, y in [(420, 120), (460, 120), (250, 190)]:
        d.rectangle((x - 7, y - 7, x + 7, y + 7), fill="blue")
    img.save(path)


def main():
    tmp = tempfile.mkdtemp(prefix="h43-ldsb-")
    wb = Workbook()

    # ---- 基本情報 : one column of "項目：値" cells ----
    ws = wb.active
    ws.title = "基本情報"
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 22
    for c in "CDEF":
        ws.column_dimensions[c].width = 24
    ws["B1"] = "【別紙2-1】医療機関記入依頼書（回線・機器情報等記入）簡易版　※県で取りまとめのうえ事務局へ送付します"
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = "各欄の「：」の後ろにご記入ください。同意確認は該当する□を☑に変えてください。"
    rows = [
        "本施策の同意確認（別紙7・別紙8の規約を確認のうえ）：☑同意する　□同意しない",
        "医療機関名：社会医療法人 讃光会 西の丸記念病院",
        "医療機関名（かな）：しゃかいいりょうほうじん さんこうかい にしのまるきねんびょういん",
        "郵便番号：〒７６０－００２１",
        "住所：香川県高松市西の丸町14番5号",
        "住所（かな）：かがわけんたかまつしにしのまるちょう14ばん5ごう",
        "ビル名：サンポート西の丸メディカルビル",
        "ビル名（かな）：さんぽーとにしのまるめでぃかるびる",
        "病床数：60床",
    ]
    for i, text in enumerate(rows):
        r = 4 + i
        ws.merge_cells(f"B{r}:F{r}")
        ws[f"B{r}"] = text
        box(ws, f"B{r}:F{r}")
    ws["B14"] = "担当者（最大4名）"
    ws["B14"].font = Font(bold=True)
    for c, h in zip("BCDEF", ("", "所属・役職", "氏名", "電話番号", "メールアドレス")):
        ws[f"{c}15"] = h
    box(ws, "B15:F15", fill=GRAY, align=CENTER)
    people = [
        ("担当者1", "システム管理室 室長", "大西 誠", "０８７－８１１－４４７０", "m-onishi@nishinomaru-mh.or.jp"),
        ("担当者2", "事務部 総務課", "香西 由香", "087-811-4470", "y-kozai@nishinomaru-mh.or.jp"),
        ("担当者3", "看護部 副看護部長", "多田 恵子", "087-811-4471", "k-tada@nishinomaru-mh.or.jp"),
        ("担当者4", None, None, None, None),
    ]
    for i, p in enumerate(people):
        for c, v in zip("BCDEF", p):
            if v is not None:
                ws[f"{c}{16 + i}"] = v
    box(ws, "B16:F19")
    ws.merge_cells("B21:F21")
    ws["B21"] = "申込内容の確認　確認者名（フルネーム）：大西 誠"
    box(ws, "B21:F21")

    # ---- 回線一覧 : transposed, one column per line ----
    ln = wb.create_sheet("回線一覧")
    ln.column_dimensions["A"].width = 40
    for c in "BCDE":
        ln.column_dimensions[c].width = 30
    ln["A1"] = "回線・機器情報（電子カルテ系ネットワークにつながる回線を1列に1回線ずつ）"
    ln["A1"].font = Font(bold=True, size=12)
    ln["A2"] = "※「記入例」列は消さないでください。閉域網の回線は脆弱性診断の対象外です。"
    ln["A4"] = "項目"
    ln["B4"] = "記入例"
    ln["C4"] = "回線1"
    ln["D4"] = "回線2"
    ln["E4"] = "回線3"
    box(ln, "A4:E4", fill=GRAY, align=CENTER)
    items = [
        ("① 調査希望：技術バージョン確認（希望は○、不要は×）", "○", "○", "○", "×"),
        ("② 調査希望：脆弱性診断（希望は○、不要は×）", "○", "○", "○", "○"),
        ("③ 電子カルテ系ネットワークとの接続（有・無）", "有", "有", "有", "有"),
        ("④ 用途・システム名", "電子カルテ", "電子カルテ（リモート保守）", "オンライン資格確認・レセプトオンライン請求",
         "PACS（画像保守）"),
        ("⑤ 回線名", "電カル保守", "電カル保守用", "オン資・オンライン請求", "PACS保守"),
        ("⑥ 回線の種類", "光回線", "光回線", "光回線", "光回線"),
        ("⑦ 通信形態（インターネット／インターネットVPN／閉域網 等）", "インターネットVPN", "インターネットVPN", "閉域網",
         "インターネットVPN"),
        ("⑧ グローバルIP利用（有・無）", "有", "有", "無", "有"),
        ("⑨ 固定IP／動的IP", "固定IP", "固定IP", None, "動的IP"),
        ("⑩ グローバルIPアドレス", "121.119.249.222", "192.168.1.1", None, "114.160.37.92"),
        ("⑪ 【脆弱性診断当日記入】グローバルIP確認", "入力不要", "入力不要", "入力不要", None),
        ("⑫ 【脆弱性診断当日記入】グローバルIPアドレス", None, None, None, None),
        ("⑬ FQDN", "example.xxx", "－", "－", "－"),
        ("⑭ プロバイダ名", "NTT西日本", "BIGLOBE", None, "OCN"),
        ("⑮ プロバイダ品目", "フレッツ光", "BIGLOBE光 固定IPオプション", None, "OCN 光"),
        ("⑯ 回線事業者", "NTT西日本", "NTT西日本", "NTT西日本", "NTT西日本"),
        ("⑰ 回線サービス名", "フレッツ 光ネクスト", "フレッツ 光ネクスト 隼", "フレッツ 光ネクスト＋IP-VPN接続",
         "フレッツ 光クロス"),
        ("⑱ 回線ID", "COP00000000", "COP40718263", "COP40718264", "COP52093817"),
        ("⑲ 回線終端装置（ONU等）設置場所", "2F サーバー室", "3F サーバー室 ラック1", "3F サーバー室 ラック1",
         "1F 放射線科 機械室"),
        ("⑳ 装置（ルータ/UTM/FW）メーカー", "ヤマハ", "YAMAHA", "NEC", "Fortinet"),
        ("㉑ 装置 機種名", "RTX1210", "RTX1210", "UNIVERGE IX2106", "FortiGate 40F"),
        ("㉒ 装置 ファームウェアバージョン", "Rev.14.01.38", "Rev.14.01.42", "Ver.10.8.22", "v7.0.15"),
    ]
    for i, it in enumerate(items):
        r = 5 + i
        for c, v in zip("ABCDE", it):
            if v is not None:
                ln[f"{c}{r}"] = v
    box(ln, f"A5:E{4 + len(items)}")
    for r in range(5, 5 + len(items)):
        ln[f"B{r}"].fill = GRAY
        ln[f"B{r}"].font = Font(color="7F7F7F")
    ln.freeze_panes = "B5"

    # ---- 端末・設置場所 : terminals table + floor plan on one sheet ----
    tm = wb.create_sheet("端末・設置場所")
    tm["A1"] = "調査端末（5台）"
    tm["A1"].font = Font(bold=True, size=12)
    heads = ["No.", "システム種別", "利用形態（単体／仮想デスクトップ）", "端末ホスト名", "IPアドレス（/マスク）",
             "設置場所", "VDIホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
    for j, h in enumerate(heads):
        tm.cell(row=3, column=1 + j, value=h)
    box(tm, "A3:J3", fill=GRAY, align=CENTER)
    terms = [
        ["1", "電子カルテ", "単体", "EMR-PC01", "10.1.10.21/24", "3F 医局", None, None, "Trend Micro Apex One", None],
        ["2", "電子カルテ", "単体", "EMR-PC14", "10.1.10.34/24", "4F ナースステーション", None, None,
         "Trend Micro Apex One", "夜勤帯不可\n9:00～17:00で調整願います"],
        ["3", "医事会計", "単体", "IJI-01", "10.1.20.11/24", "1F 受付・医事", None, None, "Microsoft Defender", None],
        ["4", "PACS", "単体", "PACS-VIEW1", "10.1.30.15/24", "1F 放射線科", None, None, "Microsoft Defender", None],
        ["5", "リハビリ部門システム", "単体", "RH-PC02", "10.1.10.77/24", "2F リハビリ室", None, None,
         "Trend Micro Apex One", None],
    ]
    for i, row in enumerate(terms):
        for j, v in enumerate(row):
            if v is not None:
                tm.cell(row=4 + i, column=1 + j, value=v)
    box(tm, "A4:J8")
    for k, v in dict(A=5, B=18, C=16, D=14, E=16, F=20, G=12, H=14, I=22, J=26).items():
        tm.column_dimensions[k].width = v
    tm.row_dimensions[5].height = 32
    tm["A11"] = "設置場所（フロア図を貼り付け、回線終端装置と調査端末の位置を記入）"
    tm["A11"].font = Font(bold=True, size=12)
    png = os.path.join(tmp, "floor.png")
    floor_png(png)
    tm.add_image(XLImage(png), "A12")
    notes = ["回線1 ONU：3F サーバー室 ラック1（青■左）", "回線2 ONU：3F サーバー室 ラック1（青■右）",
             "回線3 ONU：1F 放射線科 機械室", "端末1：3F 医局", "端末2：4F ナースステーション", "端末3：1F 受付・医事",
             "端末4：1F 放射線科", "端末5：2F リハビリ室"]
    for i, t in enumerate(notes):
        tm[f"J{12 + i}"] = t

    # ---- the hospital's own ID/PW memo (should not have been sent) ----
    pw = wb.create_sheet("ID・PW一覧")
    pw["A1"] = "アカウント(ログインID)・パスワードリスト（院内控え・提出不要）"
    pw["A1"].font = Font(bold=True)
    for j, h in enumerate(["対象", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権モード パスワード"]):
        pw.cell(row=3, column=1 + j, value=h)
    box(pw, "A3:F3", fill=GRAY, align=CENTER)
    pwrows = [
        ["回線1", "YAMAHA", "RTX1210", "admin", "Nishi#0721", None],
        ["回線2", "NEC", "UNIVERGE IX2106", None, None, None],
        ["回線3", "Fortinet", "FortiGate 40F", None, None, None],
    ]
    for i, row in enumerate(pwrows):
        for j, v in enumerate(row):
            if v is not None:
                pw.cell(row=4 + i, column=1 + j, value=v)
    box(pw, "A4:F6")
    for k, v in dict(A=10, B=12, C=18, D=20, E=16, F=20).items():
        pw.column_dimensions[k].width = v

    raw = os.path.join(tmp, NAME + ".xlsx")
    wb.save(raw)
    outdir = os.path.join(tmp, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(outdir, NAME + ".xlsx"), OUT)
    shutil.rmtree(tmp)
    print("wrote", OUT)


if __name__ == "__main__":
    sys.exit(main())
