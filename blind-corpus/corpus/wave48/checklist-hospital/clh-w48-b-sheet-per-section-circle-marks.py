#!/usr/bin/python3
# Generator for clh-w48-b-sheet-per-section-circle-marks.xlsx
# Run with: PYTHONPATH=/tmp/clx_w48_py /usr/bin/python3 THIS.py
import json, os, re
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w48-b-sheet-per-section-circle-marks"
FACILITY = "医療法人 青嶺会 東讃病院"

I_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
I_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
I_LOG = "アクセスログを管理している"
I_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
I_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
I_BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
I_SRC = "接続元制限を実施している"

S1 = "体制構築"
S2 = "医療情報システムの管理・運用"
S3 = "インシデント発生に備えた対応"

COLS = "ABCDEFGHIJ"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="DEEAF6")
exfill = PatternFill("solid", fgColor="EDEDED")
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
lef = Alignment(horizontal="left", vertical="center", wrap_text=True)


def wareki(s):
    """'R6.7.8' / '令和6年7月8日' -> ISO."""
    m = re.match(r"R(\d+)\.(\d+)\.(\d+)$", s) or re.match(r"令和(\d+)年(\d+)月(\d+)日$", s)
    y, mo, d = (int(x) for x in m.groups())
    return "%04d-%02d-%02d" % (2018 + y, mo, d)


def widths(ws, first_w=8):
    for k, v in dict(A=first_w, B=54, C=6, D=6, E=15, F=15, G=6, H=6, I=15, J=28).items():
        ws.column_dimensions[k].width = v


def header(ws, r, first_label="No."):
    ws.merge_cells(f"A{r}:A{r+1}"); ws[f"A{r}"] = first_label
    ws.merge_cells(f"B{r}:B{r+1}"); ws[f"B{r}"] = "チェック項目"
    ws.merge_cells(f"C{r}:E{r}"); ws[f"C{r}"] = "1回目"
    ws[f"C{r+1}"] = "はい"; ws[f"D{r+1}"] = "いいえ"; ws[f"E{r+1}"] = "確認日"
    ws.merge_cells(f"F{r}:F{r+1}"); ws[f"F{r}"] = "目標日"
    ws.merge_cells(f"G{r}:I{r}"); ws[f"G{r}"] = "2回目"
    ws[f"G{r+1}"] = "はい"; ws[f"H{r+1}"] = "いいえ"; ws[f"I{r+1}"] = "確認日"
    ws.merge_cells(f"J{r}:J{r+1}"); ws[f"J{r}"] = "備考"
    for rr in (r, r + 1):
        for c in COLS:
            ws[f"{c}{rr}"].border = box; ws[f"{c}{rr}"].alignment = cen
            ws[f"{c}{rr}"].fill = hdr; ws[f"{c}{rr}"].font = Font(bold=True, size=10)


def item_row(ws, r, no, item, a1, d1, tgt, a2, d2, rem, example=False):
    ws[f"A{r}"] = no
    ws[f"B{r}"] = item
    if a1:
        ws[f"{'C' if a1 == 'はい' else 'D'}{r}"] = "○"
    if d1: ws[f"E{r}"] = d1
    if tgt: ws[f"F{r}"] = tgt
    if a2:
        ws[f"{'G' if a2 == 'はい' else 'H'}{r}"] = "○"
    if d2: ws[f"I{r}"] = d2
    if rem: ws[f"J{r}"] = rem
    for c in COLS:
        cell = ws[f"{c}{r}"]
        cell.border = box
        cell.alignment = lef if c in "BJ" else cen
        cell.font = Font(size=10, italic=example, color="808080" if example else "000000")
        if example:
            cell.fill = exfill
    ws.row_dimensions[r].height = 36


def entry(section, no, item, a1, d1, tgt, a2, d2, rem):
    e = {"section": section, "item": item}
    if no:
        e["itemNo"] = no
    if a1: e["firstAnswer"] = a1
    if d1: e["firstDate"] = wareki(d1)
    if tgt: e["targetDate"] = wareki(tgt)
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = wareki(d2)
    if rem: e["remarks"] = rem
    return e


def build(path):
    wb = Workbook()
    entries, cells = [], {}

    # --- 記入要領 ---
    ws0 = wb.active
    ws0.title = "記入要領"
    ws0.column_dimensions["A"].width = 110
    guide = [
        "記入要領（医療機関におけるサイバーセキュリティ対策チェックリスト　医療機関確認用）",
        "",
        "１．「表紙」シートに医療機関名を記入し、前提の項目に回答してください。",
        "　　前提が「いいえ」（医療情報システムを導入していない）の場合、以降のシートの記入は不要です。",
        "２．各シートの項目について、該当する欄（はい／いいえ）に「○」を記入し、確認日を記入してください。",
        "　　日付は和暦（例：R6.7.1 又は 令和6年7月1日）で記入してください。",
        "３．1回目の確認で「いいえ」の場合は、対応の目標日を記入してください（令和6年度中）。",
        "４．目標日までに対応した後、2回目の確認結果と確認日を記入してください。",
        "５．灰色の「記入例」の行は参考です。",
        "６．立入検査の際に本チェックリストを確認します。",
    ]
    for i, t in enumerate(guide, 1):
        ws0[f"A{i}"] = t
    ws0["A1"].font = Font(bold=True, size=12)

    # --- 表紙 (facility + 前提) ---
    ws = wb.create_sheet("表紙")
    widths(ws)
    ws.merge_cells("A1:J1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）　医療機関確認用"
    ws["A1"].font = Font(size=14, bold=True)
    ws["B3"] = "医療機関名"; ws["B3"].font = Font(bold=True, size=10)
    ws["B4"] = FACILITY; ws["B4"].font = Font(size=12)
    ws["B4"].border = Border(bottom=thin)
    ws["B6"] = "■前提"
    ws["B6"].font = Font(bold=True)
    header(ws, 7, "")
    zen = ("", "医療情報システムを導入、運用している", "はい", "R6.7.8", None, None, None,
           "電子カルテ（令和2年導入）、医事会計、検査")
    item_row(ws, 9, *zen)
    ws["A9"] = "前提"
    entries.append(entry("前提", *zen))

    # --- 1 体制構築 (with a labelled 記入例 row) ---
    ws = wb.create_sheet("1.体制構築")
    widths(ws)
    ws["A1"] = "1　体制構築"; ws["A1"].font = Font(size=13, bold=True)
    header(ws, 3)
    item_row(ws, 5, "記入例", "（例）○○○を実施している", "いいえ", "R6.4.1", "R6.6.30", "はい", "R6.6.20",
             "（例）6/20 対応完了", example=True)
    rows1 = [("1-(1)", "医療情報システム安全管理責任者を設置している", "はい", "R6.7.8", None, None, None,
              "院長補佐（情報管理担当）を任命")]
    r = 6
    for row in rows1:
        item_row(ws, r, *row)
        entries.append(entry(S1, *row))
        r += 1

    # --- 2 管理・運用 (common table + one table per device class) ---
    ws = wb.create_sheet("2.管理運用")
    widths(ws, 12)
    ws["A1"] = "2　医療情報システムの管理・運用"; ws["A1"].font = Font(size=13, bold=True)
    header(ws, 3)
    rows2 = [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", "R6.7.8", None, None, None, None),
        # planted: いいえ without 目標日
        ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "いいえ", "R6.7.8", None, None, None,
         "レセコン業者へ問合せ中"),
        ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "はい", "R6.7.8",
         None, None, None, "電子カルテ・レセコンとも受領"),
    ]
    r = 5
    for row in rows2:
        item_row(ws, r, *row)
        entries.append(entry(S2, *row))
        cells[row[0]] = ("2.管理運用", r)
        r += 1
    dev = {
        "サーバ": [
            (I_ACL, "はい", "R6.7.16", None, None, None, None),
            (I_ACC, "はい", "R6.7.16", None, None, None, None),
            (I_LOG, "いいえ", "R6.7.16", "令和6年10月31日", "はい", "R6.10.25", "ログ保存期間を1年に設定"),
            (I_PW, "はい", "R6.7.16", None, None, None, None),
            (I_PATCH, "はい", "R6.7.16", None, None, None, "ベンダー保守で月次適用"),
            (I_BG, "はい", "R6.7.16", None, None, None, None),
        ],
        "端末PC": [
            (I_ACL, "はい", "R6.7.16", None, None, None, None),
            (I_ACC, "はい", "R6.7.16", None, None, None, None),
            (I_PW, "はい", "R6.7.16", None, None, None, None),
            (I_PATCH, "はい", "R6.7.16", None, None, None, "WSUSで配信"),
            (I_BG, "はい", "R6.7.16", None, None, None, None),
        ],
        "ネットワーク機器": [
            (I_PW, "はい", "R6.7.16", None, None, None, None),
            (I_PATCH, "はい", "R6.7.16", None, None, None, None),
            (I_SRC, "いいえ", "R6.7.16", "R6.11.29", "はい", "R6.11.22", "保守用VPNの接続元IPを制限"),
        ],
    }
    r += 1
    for cls, rows in dev.items():
        ws[f"A{r}"] = "【" + cls + "】"; ws[f"A{r}"].font = Font(bold=True)
        r += 1
        header(ws, r, "対象")
        r += 2
        for row in rows:
            item_row(ws, r, cls, *row)
            entries.append(entry(cls, None, *row))
            r += 1
        r += 1

    # --- 3 インシデント対応 ---
    ws = wb.create_sheet("3.インシデント対応")
    widths(ws)
    ws["A1"] = "3　インシデント発生に備えた対応"; ws["A1"].font = Font(size=13, bold=True)
    header(ws, 3)
    rows3 = [
        ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "はい", "R6.7.8", None, None, None, None),
        ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "はい", "R6.7.8", None, None, None, "オフラインバックアップは週1回"),
        # planted: 2回目 date R6.2.21 (2024-02-21) is before the 1回目 date (era-year slip for R7.2.21)
        ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         "いいえ", "R6.7.8", "R7.3.31", "はい", "R6.2.21", "BCP確認表に沿って策定"),
    ]
    r = 5
    for row in rows3:
        item_row(ws, r, *row)
        entries.append(entry(S3, *row))
        cells[row[0]] = ("3.インシデント対応", r)
        r += 1

    wb.active = 1
    wb.save(path)
    return entries, cells


if __name__ == "__main__":
    out = os.path.join(HERE, NAME + ".xlsx")
    entries, cells = build(out)
    idx = {e.get("itemNo"): i for i, e in enumerate(entries)}
    s22, r22 = cells["2-(2)"]
    s33, r33 = cells["3-(3)"]
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{s22}!F{r22}"], "paths": [f"entries[{idx['2-(2)']}].targetDate"],
             "why": "2-(2) answered いいえ in 1回目 but 目標日 is blank (いいえ ⇒ 目標日 required)"},
            {"cells": [f"{s33}!I{r33}"], "paths": [f"entries[{idx['3-(3)']}].secondDate"],
             "why": "3-(3) 2回目 確認日 R6.2.21 (2024-02-21) is before the 1回目 確認日 R6.7.8 (2024-07-08); "
                    "the filler typed R6 for R7"},
        ],
        "notes": ("Sheet per section: 記入要領 (instructions only), 表紙 (医療機関名 label above value; 前提 item), "
                  "1.体制構築, 2.管理運用 (2-(1)..2-(3) table, then one small table per device class with its own header; "
                  "the class is repeated in column A '対象'), 3.インシデント対応. Answers are ○ in はい / いいえ columns; "
                  "all dates are text in 和暦 ('R6.7.8', '令和6年10月31日'). Row 5 of 1.体制構築 is a correctly labelled, "
                  "greyed 記入例 row and is not data. Section = device class for device rows, else the heading text "
                  "without its number. Device applicability as in the seed article plus the catalogue's password item."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    print("wrote", out)
