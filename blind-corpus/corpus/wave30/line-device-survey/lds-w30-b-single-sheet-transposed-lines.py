#!/usr/bin/python3
"""Generator for lds-w30-b-single-sheet-transposed-lines.xlsx (blind wave 30, form line-device-survey).

A small hospital's own re-drawing of 別紙2-1 on ONE sheet: basic info as `項目：値` cells, the lines as a
vertical (transposed) table (one column per line, a 記入例 column kept), the terminals as a normal table
below; a floor-plan sheet with the picture; and the hospital's ID/password sheet left in (planted).
Saved by openpyxl, then re-saved by LibreOffice (soffice --convert-to xlsx).

Planted: 回線1 固定IP with a private address (192.168.100.1, the router's LAN address);
password list carried in the workbook with passwords filled in.
"""
import io
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, "/tmp/bvlds_py")
from openpyxl import Workbook  # noqa: E402
from openpyxl.drawing.image import Image as XLImage  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lds-w30-b-single-sheet-transposed-lines"
FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
MAIN = "回線機器調査票"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="EDEDED")
EXF = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def floor_plan_png():
    img = Image.new("RGB", (820, 520), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_PATH, 18)
    fs = ImageFont.truetype(FONT_PATH, 14)
    d.text((20, 8), "丸亀メディカルスクエア 3階・4階 平面図（さぬき記念病院）", fill="black", font=f)
    for (y, label, rooms) in [
        (45, "4F", [("サーバ室", 160), ("外来診察室1", 200), ("放射線室", 200), ("待合", 180)]),
        (285, "3F", [("ナースステーション", 200), ("医事課受付", 180), ("リハビリ室", 220), ("病室", 140)]),
    ]:
        d.rectangle([20, y, 800, y + 220], outline="black", width=3)
        d.text((28, y + 4), label, fill="black", font=f)
        x = 40
        for name, w in rooms:
            d.rectangle([x, y + 40, x + w, y + 205], outline="black", width=1)
            d.text((x + 6, y + 46), name, fill="black", font=fs)
            x += w + 10
    pins = [(90, 160, "A"), (130, 160, "B"), (300, 170, "4"), (500, 170, "5"),
            (110, 400, "1"), (340, 400, "3"), (560, 400, "2")]
    for x, y, t in pins:
        d.polygon([(x, y + 18), (x - 10, y), (x + 10, y)], fill="red")
        d.ellipse([x - 13, y - 26, x + 13, y], fill="white", outline="red", width=2)
        d.text((x - 5, y - 24), t, fill="red", font=fs)
    bio = io.BytesIO()
    img.save(bio, format="PNG")
    bio.seek(0)
    return bio


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = MAIN
    for col, w in zip("ABCDEFGHIJ", [6, 30, 22, 30, 30, 26, 14, 16, 22, 28]):
        ws.column_dimensions[col].width = w

    ws["A1"] = "別紙2-1 医療機関記入依頼書（回線・機器情報等記入）　さぬき記念病院 記入分"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "※事務局様式を院内で1枚にまとめたものです。(*)必須"
    ws["A2"].font = Font(size=9, color="666666")

    ws["A3"] = "【基本情報】"
    ws["A3"].font = Font(bold=True)
    kv = [
        "本施策の同意確認：同意する",
        "医療機関名：医療法人讃岐会 さぬき記念病院",
        "医療機関名（かな）：いりょうほうじんさぬきかい さぬききねんびょういん",
        "郵便番号：〒763-0034",
        "住所：香川県丸亀市大手町三丁目8番5号",
        "住所（かな）：かがわけんまるがめしおおてまちさんちょうめ8ばん5ごう",
        "ビル名：丸亀メディカルスクエア 3階・4階",
        "ビル名（かな）：まるがめめでぃかるすくえあ",
        "病床数：52床",
    ]
    for i, t in enumerate(kv):
        r = 4 + i
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(r, 1, t)
    box(ws, "A4:D12")

    ws["A14"] = "【担当者】"
    ws["A14"].font = Font(bold=True)
    for j, t in enumerate(["", "所属・役職", "氏名", "電話番号", "メールアドレス"], start=1):
        c = ws.cell(15, j, t)
        c.fill = GREY
        c.font = Font(bold=True)
    ws.cell(16, 1, 1)
    ws.cell(16, 2, "事務部 情報管理係長")
    ws.cell(16, 3, "香西 一郎")
    ws.cell(16, 4, "0877-22-4410")
    ws.cell(16, 5, "kozai@sanuki-kinen.or.jp")
    ws.cell(17, 1, 2)
    ws.cell(17, 2, "事務部 医事課 主任")
    ws.cell(17, 3, "三好 由紀")
    ws.cell(17, 4, "0877-22-4411")
    ws.cell(17, 5, "miyoshi@sanuki-kinen.or.jp")
    box(ws, "A15:E17")
    ws.merge_cells("A18:D18")
    ws["A18"] = "確認者名（フルネーム）：香西 一郎"
    box(ws, "A18:D18")

    # ---------------------------------------------------------------- lines, transposed
    ws["A20"] = "【回線・機器情報】（1列に1回線。調査希望欄は 希望する＝○／希望しない＝×）"
    ws["A20"].font = Font(bold=True)
    for j, t in enumerate(["No.", "項目", "記入例", "回線1", "回線2"], start=1):
        c = ws.cell(21, j, t)
        c.fill = GREY
        c.font = Font(bold=True)
    items = [
        ("調査希望：技術バージョン確認(*)", "○", "○", "×"),
        ("調査希望：脆弱性診断(*)", "○", "○", "○"),
        ("電子カルテ系ネットワークとの接続(*)", "有", "有", "有"),
        ("用途・システム名(*)", "電子カルテ", "電子カルテ\n（ベンダリモート保守）", "PACS保守"),
        ("回線名", "〇〇回線", "電カル保守回線", "PACSリモート保守回線"),
        ("回線の種類", "光回線", "光回線", "光回線"),
        ("通信形態(*)", "インターネットVPN", "インターネットVPN", "インターネットVPN"),
        ("グローバルIP利用(*)", "有", "有", "有"),
        ("固定IP/動的IP(*)", "固定IP", "固定IP", "動的IP"),
        ("グローバルIPアドレス(*)", "121.119.249.222", "192.168.100.1", "126.75.190.33"),
        ("【診断当日記入】グローバルIP確認", "入力不要", "入力不要", None),
        ("【診断当日記入】グローバルIPアドレス", "入力不要", None, None),
        ("FQDN", "example.xxx", None, None),
        ("プロバイダ名", "NTT東日本", "OCN", "ソフトバンク"),
        ("プロバイダ品目", "Bフレッツサービス", "OCN 光 with フレッツ IP1", "SoftBank 光 ビジネス"),
        ("回線事業者", "NTT東日本", "NTT西日本", "ソフトバンク"),
        ("回線サービス名", "フレッツ光ネクスト", "フレッツ 光ネクスト", "SoftBank 光"),
        ("回線ID", "CAFXXXXXXXX", "CAF 3318 2045", "FDG-1029-4817"),
        ("回線終端装置設置場所(*)", "本部棟 3F サーバー室 -1番ラック 3U", "4F サーバ室 壁面ラック", "4F サーバ室 壁面ラック下"),
        ("装置（ルータ/UTM/FW）メーカー", "〇〇社", "NEC", "ヤマハ"),
        ("装置 機種名", "XX-1000", "UNIVERGE IX2215", "NVR510"),
        ("装置 ファームウェアバージョン", "Ver.X.XX", "Ver.10.8.21", "Rev.15.01.24"),
    ]
    for i, (label, ex, l1, l2) in enumerate(items):
        r = 22 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, label).fill = GREY
        c = ws.cell(r, 3, ex)
        c.fill = EXF
        c.font = Font(italic=True, color="666666")
        for col, v in ((4, l1), (5, l2)):
            if v is not None:
                ws.cell(r, col, v).alignment = WRAP
    last_line_row = 22 + len(items) - 1
    box(ws, f"A21:E{last_line_row}")

    # ---------------------------------------------------------------- terminals
    t0 = last_line_row + 2
    ws.cell(t0, 1, "【調査端末】（5台）").font = Font(bold=True)
    th = ["No.", "システム種別(*)", "利用形態(*)\n単体/仮想デスクトップ", "端末ホスト名(*)", "IPアドレス(*)",
          "設置場所(*)", "VDIホスト名", "VDI IPアドレス", "セキュリティ対策製品", "備考"]
    for j, t in enumerate(th, start=1):
        c = ws.cell(t0 + 1, j, t)
        c.fill = GREY
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    terms = [
        [1, "電子カルテ", "単体", "SKH-EHR-01", "10.10.1.101/24", "3F ナースステーション", None, None, "ESET PROTECT Entry ", None],
        [2, "電子カルテ", "単体", "SKH-EHR-07", "10.10.1.107/24", "4F 外来診察室1", None, None, "ESET PROTECT Entry", None],
        [3, "医事会計", "単体", "SKH-IJI-02", "10.10.2.12/24", "3F 医事課受付", None, None, "ESET PROTECT Entry", "受付時間外（12:00-13:30）に調査希望"],
        [4, "PACS", "単体", "SKH-PACS-01", "10.10.3.21/24", "4F 放射線室", None, None, "Microsoft Defender", None],
        [5, "リハビリ支援システム", "単体", "SKH-RH-01", "10.10.4.5/24", "3F リハビリ室", None, None, "Microsoft Defender", "平日 12:00-13:00のみ操作可"],
    ]
    for i, t in enumerate(terms):
        for j, v in enumerate(t, start=1):
            if v is not None:
                ws.cell(t0 + 2 + i, j, v)
    box(ws, f"A{t0 + 1}:J{t0 + 6}")

    # ---------------------------------------------------------------- floor plan
    wp = wb.create_sheet("平面図")
    wp["A1"] = "設置場所（平面図）"
    wp["A1"].font = Font(bold=True, size=13)
    img = XLImage(floor_plan_png())
    img.width, img.height = 656, 416
    wp.add_image(img, "A3")
    wp.column_dimensions["L"].width = 50
    pins = ["A：回線1 ONU（4F サーバ室 壁面ラック）", "B：回線2 ONU（4F サーバ室 壁面ラック下）",
            "1：端末No.1 SKH-EHR-01（3F ナースステーション）", "2：端末No.2 SKH-EHR-07（4F 外来診察室1）",
            "3：端末No.3 SKH-IJI-02（3F 医事課受付）", "4：端末No.4 SKH-PACS-01（4F 放射線室）",
            "5：端末No.5 SKH-RH-01（3F リハビリ室）"]
    for i, t in enumerate(pins):
        wp.cell(3 + i, 12, t)

    # ---------------------------------------------------------------- password list (should not travel)
    wa = wb.create_sheet("ID・PW")
    wa["A1"] = "アカウント(ログインID)・パスワードリスト（当日用）"
    wa["A1"].font = Font(bold=True)
    for j, t in enumerate(["", "メーカー", "機種名", "アカウント/ログインID", "パスワード", "特権(enable)モード パスワード"],
                          start=1):
        wa.cell(3, j, t).fill = GREY
    wa.append(["回線1", "NEC", "UNIVERGE IX2215", "admin", "Sanuki#Ix2215", "Sanuki#En2215"])
    wa.append(["回線2", "ヤマハ", "NVR510", "pacsadm", "Nvr510!skh", None])
    for j, t in enumerate(["", "端末ホスト名", "IPアドレス", "アカウント", "パスワード"], start=1):
        wa.cell(7, j, t).fill = GREY
    accts = [("端末1", "SKH-EHR-01", "10.10.1.101/24", "chosa01", "Skh-2024-01"),
             ("端末2", "SKH-EHR-07", "10.10.1.107/24", "chosa01", "Skh-2024-01"),
             ("端末3", "SKH-IJI-02", "10.10.2.12/24", "ijiadmin", "Iji@0877"),
             ("端末4", "SKH-PACS-01", "10.10.3.21/24", "pacs", "Pacs_viewer4"),
             ("端末5", "SKH-RH-01", "10.10.4.5/24", "reha", "Reha5555")]
    for i, a in enumerate(accts):
        for j, v in enumerate(a, start=1):
            wa.cell(8 + i, j, v)
    for col, w in zip("ABCDEF", [8, 14, 18, 20, 16, 24]):
        wa.column_dimensions[col].width = w

    wb.save(path)


def main():
    out = os.path.join(HERE, NAME + ".xlsx")
    tmpd = tempfile.mkdtemp(prefix="ldsb_")
    raw = os.path.join(tmpd, NAME + ".xlsx")
    build(raw)
    outdir = os.path.join(tmpd, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), out)
    shutil.rmtree(tmpd)
    print("saved", out)


if __name__ == "__main__":
    main()
