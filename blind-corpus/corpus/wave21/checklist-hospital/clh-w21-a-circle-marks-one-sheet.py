#!/usr/bin/python3
"""clh-w21-a: MHLW 令和6年度版 チェックリスト（医療機関確認用）, one sheet, drawn by a hospital's 事務部.
はい / いいえ columns where the filler puts ○; 確認日 and 目標日 typed as 和暦 text (R6.7.10);
device classes in a vertically merged 区分 column; a COUNTIF summary (no cached value, openpyxl).
No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w21-a-circle-marks-one-sheet"
FACILITY = "社会医療法人 緑風会 総社みどり病院"
SHEET = "医療機関確認用"

S1 = "1 体制構築"
S2 = "2 医療情報システムの管理・運用"
S3 = "3 インシデント発生に備えた対応"
GEN = "医療情報システム全般"
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# rows: (kind, heading-or-section, no, item, fill)
# fill = (a1, d1, target, a2, d2, remarks); dates as 和暦 text (R6.m.d / R7.m.d)
ROWS = [
    ("item", "前提", None, "医療情報システムを導入、運用している", ("はい", "R6.7.10", None, None, None, None)),
    ("head", S1),
    ("item", S1, "1-(1)", "医療情報システム安全管理責任者を設置している",
     ("はい", "R6.7.10", None, None, None, "事務長を任命（R6.4.1付）")),
    ("head", S2),
    ("item", GEN, "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     ("はい", "R6.7.10", None, None, None, "機器管理台帳 R6.6更新")),
    ("item", GEN, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     ("はい", "R6.7.10", None, None, None, "電子カルテ・PACS・検体検査の3システムでリモート保守あり")),
    ("item", GEN, "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     ("いいえ", "R6.7.10", "R6.12.27", "はい", "R6.12.10", "電子カルテ・PACS・レセコンの各社に依頼\n12/10 全社分受領")),
    ("item", "サーバ", None, ACC, ("はい", "R6.7.11", None, None, None, None)),
    ("item", "サーバ", None, DEL, ("はい", "R6.7.11", None, None, None, "退職者アカウントは月次で削除")),
    ("item", "サーバ", None, LOG, ("はい", "R6.7.11", None, None, None, None)),
    ("item", "サーバ", None, PAT, ("はい", "R6.7.11", None, None, None, None)),
    ("item", "サーバ", None, SVC, ("はい", "R6.7.11", None, None, None, None)),
    ("item", "端末PC", None, ACC, ("はい", "R6.7.11", None, None, None, None)),
    ("item", "端末PC", None, DEL, ("はい", "R6.7.11", None, None, None, None)),
    ("item", "端末PC", None, PAT, ("はい", "R6.7.11", None, None, None, None)),
    ("item", "端末PC", None, SVC, ("いいえ", "R6.7.11", "R7.3.31", None, None, "電子カルテ端末更新（R7.2予定）時に対応")),
    ("item", "ネットワーク機器", None, PAT, ("いいえ", "R6.7.11", "R6.10.31", "はい", "R6.10.25", "UTMファームウェアを保守業者が更新")),
    ("item", "ネットワーク機器", None, SRC, ("はい", "R6.7.11", None, None, None, None)),
    ("head", S3),
    ("item", S3, "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     ("はい", "R6.7.12", None, None, None, None)),
    ("item", S3, "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     ("はい", "R6.7.12", None, None, None, None)),
    ("item", S3, "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     ("いいえ", "R6.7.12", "R7.3.31", None, None, "BCP策定中（厚労省の確認表を使用）")),
]


def iso(w):
    era, m, d = w.split(".")
    y = {"R6": 2024, "R7": 2025}[era]
    return f"{y:04d}-{int(m):02d}-{int(d):02d}"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = {"A": 14, "B": 7, "C": 58, "D": 6, "E": 6, "F": 11, "G": 11, "H": 6, "I": 6, "J": 11, "K": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:K1")
    ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A3"] = "医療機関名"
    ws["A3"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws.merge_cells("B3:F3")
    ws["B3"] = FACILITY
    for c in "ABCDEF":
        ws[f"{c}3"].border = box
    ws["A4"] = "※該当する欄に「○」を記入してください。確認日は和暦（例：R6.7.1）で記入。1回目が「いいえ」の項目は目標日を記入し、対応後に2回目を記入してください。"
    ws["A5"] = "※前提が「いいえ」の場合、以下の項目の記入は不要です。"
    for r in (4, 5):
        ws[f"A{r}"].font = Font(size=9)

    ws.merge_cells("A6:A7"); ws["A6"] = "区分"
    ws.merge_cells("B6:B7"); ws["B6"] = "No."
    ws.merge_cells("C6:C7"); ws["C6"] = "チェック項目"
    ws.merge_cells("D6:F6"); ws["D6"] = "1回目"
    ws["D7"] = "はい"; ws["E7"] = "いいえ"; ws["F7"] = "確認日"
    ws.merge_cells("G6:G7"); ws["G6"] = "目標日"
    ws.merge_cells("H6:J6"); ws["H6"] = "2回目"
    ws["H7"] = "はい"; ws["I7"] = "いいえ"; ws["J7"] = "確認日"
    ws.merge_cells("K6:K7"); ws["K6"] = "備考"
    hdr = PatternFill("solid", fgColor="D9E1F2")
    for r in (6, 7):
        for c in "ABCDEFGHIJK":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.fill = hdr
            cell.font = Font(bold=True, size=10)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    entries = []
    r = 8
    spans = {}
    for row in ROWS:
        if row[0] == "head":
            ws.merge_cells(f"A{r}:K{r}")
            ws[f"A{r}"] = row[1]
            ws[f"A{r}"].font = Font(bold=True)
            for c in "ABCDEFGHIJK":
                ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="EDEDED")
                ws[f"{c}{r}"].border = box
            r += 1
            continue
        _, sec, no, item, (a1, d1, tg, a2, d2, rem) = row
        if sec in ("サーバ", "端末PC", "ネットワーク機器", GEN, "前提"):
            spans.setdefault(sec, [r, r])[1] = r
        if no:
            ws[f"B{r}"] = no
        ws[f"C{r}"] = item
        ws[f"{'D' if a1 == 'はい' else 'E'}{r}"] = "○"
        ws[f"F{r}"] = d1
        if tg:
            ws[f"G{r}"] = tg
        if a2:
            ws[f"{'H' if a2 == 'はい' else 'I'}{r}"] = "○"
            ws[f"J{r}"] = d2
        if rem:
            ws[f"K{r}"] = rem
        for c in "ABCDEFGHIJK":
            cell = ws[f"{c}{r}"]
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="left" if c in "CK" else "center")
        ws.row_dimensions[r].height = 32
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e.update({"firstAnswer": a1, "firstDate": iso(d1)})
        if tg:
            e["targetDate"] = iso(tg)
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = iso(d2)
        if rem:
            e["remarks"] = rem
        entries.append(e)
        r += 1
    last = r - 1
    for sec, (a, b) in spans.items():
        if b > a:
            ws.merge_cells(f"A{a}:A{b}")
        ws[f"A{a}"] = sec
        ws[f"A{a}"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")

    r += 1
    ws[f"C{r}"] = "集計（1回目）　はい／いいえ の件数"
    ws[f"C{r}"].alignment = Alignment(horizontal="right")
    ws[f"D{r}"] = f'=COUNTIF(D8:D{last},"○")'
    ws[f"E{r}"] = f'=COUNTIF(E8:E{last},"○")'
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.freeze_panes = "D8"
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("Answers are ○ marks in the はい / いいえ columns of 1回目 and 2回目; dates are 和暦 text like R6.7.10 / R7.3.31. "
                  "Section = the vertically merged 区分 cell (前提, 医療情報システム全般, サーバ, 端末PC, ネットワーク機器) or, for "
                  "1-(1) and 3-(x), the heading row above them (「1 体制構築」, 「3 インシデント発生に備えた対応」). Item numbers only where "
                  "the sheet shows them (1-(1), 2-(1)..2-(3), 3-(1)..3-(3)); device-class items carry none. Per-class item sets follow "
                  "seed 004 (サーバ 5, 端末PC 4, ネットワーク機器 2; no password item). The row after the table holds COUNTIF formulas "
                  "with no cached value (saved by openpyxl) — not data."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
