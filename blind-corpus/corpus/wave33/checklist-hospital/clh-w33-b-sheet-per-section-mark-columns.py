#!/usr/bin/env python3
"""clh-w33-b: 医療機関確認用 (R6) drawn by a hospital's 情報システム担当 as one sheet per section, answers as ○ in
はい / いいえ columns, abbreviated item wording, full-width item numbers, dates typed as 和暦 text, a correctly
labelled 記入例 row, an extra 記入要領 sheet. Two planted problems (目標日 after the fiscal year; 1回目 date missing).
Run: PYTHONPATH=/tmp/clpy /usr/bin/python3 THIS.py"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w33-b-sheet-per-section-mark-columns"
FACILITY = "医療法人 鶴翔会 しらさぎ台病院"
SH1, SH2, SH3 = "1_体制構築", "2_管理運用", "3_インシデント対応"

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
F_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
F_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
F_LOG = "アクセスログを管理している"
F_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
F_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
F_SRC = "接続元制限を実施している"

def canon_date(s):
    """和暦 text -> ISO (R6/令和6 = 2024, R7 = 2025)."""
    if not s:
        return None
    s = s.replace("令和", "R").replace("年", ".").replace("月", ".").replace("日", "")
    y, m, d = s[1:].split(".")
    return f"{2018 + int(y):04d}-{int(m):02d}-{int(d):02d}"

# (kind, sectionKey, itemNoShown, itemNoCanon, shownText, fullText, first, firstDate, target, second, secondDate, remarks)
# kind: 'item' or ('sub', label) device-class sub heading
SHEETS = {
    SH1: [
        ("item", "前提", "前提", None, "医療情報システムを導入、運用している", "医療情報システムを導入、運用している",
         "はい", "R6.8.5", None, None, None, None),
        ("item", S1, "１－（１）", "1-(1)", "医療情報システム安全管理責任者の設置", "医療情報システム安全管理責任者を設置している",
         "はい", "R6.8.5", None, None, None, "事務長が兼務"),
    ],
    SH2: [
        ("item", S2, "２－（１）", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理",
         "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", "R6.8.5", None, None, None, None),
        ("item", S2, "２－（２）", "2-(2)", "リモートメンテナンス（保守）利用機器の有無を事業者に確認",
         "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
         "いいえ", "R6.8.5", "R7.5.30", None, None, "保守契約の内容確認を各社に依頼中"),
        ("item", S2, "２－（３）", "2-(3)", "MDS/SDSの提出（事業者から）",
         "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         "はい", "R6.8.5", None, None, None, "電子カルテ、医事会計より受領済"),
        ("sub", "【サーバ】"),
        ("item", "サーバ", None, None, "アクセス利用権限の設定（職種・業務別）", F_ACL, "はい", "R6.8.5", None, None, None, None),
        ("item", "サーバ", None, None, "不要アカウントの削除（退職者等）", F_ACC, "はい", "R6.8.5", None, None, None, None),
        ("item", "サーバ", None, None, "アクセスログの管理", F_LOG, "はい", "R6.8.5", None, None, None, None),
        ("item", "サーバ", None, None, "セキュリティパッチの適用", F_PAT,
         "いいえ", "R6.8.5", "R6.10.31", "はい", "R6.10.28", "ベンダー作業にて適用"),
        ("item", "サーバ", None, None, "不要なソフトウェア・サービスの停止", F_SVC, "はい", "R6.8.5", None, None, None, None),
        ("sub", "【端末PC】"),
        ("item", "端末PC", None, None, "アクセス利用権限の設定（職種・業務別）", F_ACL, "はい", "R6.8.5", None, None, None, None),
        ("item", "端末PC", None, None, "不要アカウントの削除（退職者等）", F_ACC, "はい", "R6.8.5", None, None, None, None),
        ("item", "端末PC", None, None, "セキュリティパッチの適用", F_PAT, "はい", "R6.8.5", None, None, None, None),
        ("item", "端末PC", None, None, "不要なソフトウェア・サービスの停止", F_SVC, "はい", "R6.8.5", None, None, None, None),
        ("sub", "【ネットワーク機器】"),
        ("item", "ネットワーク機器", None, None, "セキュリティパッチ（ファームウェア）の適用", F_PAT,
         "はい", "令和6年8月5日", None, None, None, "UTM・ルータとも最新版"),
        ("item", "ネットワーク機器", None, None, "接続元制限", F_SRC, "はい", None, None, None, None, None),
    ],
    SH3: [
        ("item", S3, "３－（１）", "3-(1)", "連絡体制図（院内・事業者・厚労省・警察等）",
         "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "はい", "R6.8.7", None, None, None, None),
        ("item", S3, "３－（２）", "3-(2)", "診療継続に必要な情報の検討、バックアップ実施と復旧手順の確認",
         "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "いいえ", "R6.8.7", "R6.12.27", "はい", "令和6年12月20日", "復旧手順書をベンダーと作成\n12/20に復旧訓練実施"),
        ("item", S3, "３－（３）", "3-(3)", "サイバー攻撃を想定したBCPの策定",
         "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         "いいえ", "R6.8.7", "R7.3.31", None, None, "作成中"),
    ],
}
TITLE = {SH1: "1　体制構築", SH2: "2　医療情報システムの管理・運用", SH3: "3　インシデント発生に備えた対応"}

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
blue = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 95
for i, t in enumerate([
    "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）　記入要領",
    "",
    "・各項目について、該当する欄（はい／いいえ）に「○」を記入してください。",
    "・確認日は確認を行った日を記入してください（例：R6.8.1）。",
    "・1回目が「いいえ」の場合は、目標日（今年度中）を記入してください。",
    "・対応後に2回目の確認を行い、結果と確認日を記入してください。",
    "・前提が「いいえ」の場合、以降の記入は不要です。",
    "・シート「2_管理運用」の黄色の行は記入例です。",
], 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)

planted_cells = {}
entries = []
for sh in (SH1, SH2, SH3):
    ws = wb.create_sheet(sh)
    for col, w in zip("ABCDEFGHIJ", [11, 44, 6, 6, 14, 14, 6, 6, 14, 28]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:J1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）　令和6年度"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = TITLE[sh]; ws["A2"].font = Font(bold=True, size=11)
    top = 4
    if sh == SH1:
        ws["A3"] = "医療機関名"; ws["A3"].font = Font(bold=True)
        ws.merge_cells("A4:D4"); ws["A4"] = FACILITY
        for c in range(1, 5):
            ws.cell(4, c).border = box
        top = 6
    H = top
    for c1, c2, t in ((1, 1, "No."), (2, 2, "確認項目"), (6, 6, "目標日"), (10, 10, "備考")):
        ws.merge_cells(start_row=H, start_column=c1, end_row=H + 1, end_column=c2); ws.cell(H, c1, t)
    ws.merge_cells(start_row=H, start_column=3, end_row=H, end_column=5); ws.cell(H, 3, "1回目")
    ws.merge_cells(start_row=H, start_column=7, end_row=H, end_column=9); ws.cell(H, 7, "2回目")
    for c, t in zip((3, 4, 5, 7, 8, 9), ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")):
        ws.cell(H + 1, c, t)
    for r in (H, H + 1):
        for c in range(1, 11):
            x = ws.cell(r, c); x.border = box; x.alignment = center; x.fill = blue; x.font = Font(bold=True, size=10)
    r = H + 2
    if sh == SH2:
        ex = ["記入例", "（例）○○を実施している", None, "○", "R6.6.3", "R6.9.30", "○", None, "R6.9.2", "（例）業者に依頼済"]
        for c, v in enumerate(ex, 1):
            x = ws.cell(r, c, v); x.border = box; x.fill = ex_fill
            x.alignment = wrap if c in (2, 10) else center
        r += 1
    for row in SHEETS[sh]:
        if row[0] == "sub":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(r, c).border = box
            r += 1; continue
        _, section, noShown, noCanon, shown, full, fa, fd, td, sa, sd, rem = row
        vals = [noShown, shown,
                "○" if fa == "はい" else None, "○" if fa == "いいえ" else None, fd, td,
                "○" if sa == "はい" else None, "○" if sa == "いいえ" else None, sd, rem]
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.border = box
            x.alignment = wrap if c in (2, 10) else center
        ws.row_dimensions[r].height = 32
        e = {"section": section, "item": full}
        if noCanon: e["itemNo"] = noCanon
        e["firstAnswer"] = fa
        if fd: e["firstDate"] = canon_date(fd)
        if td: e["targetDate"] = canon_date(td)
        if sa: e["secondAnswer"] = sa
        if sd: e["secondDate"] = canon_date(sd)
        if rem: e["remarks"] = rem
        planted_cells[full + "|" + section] = (sh, r, len(entries))
        entries.append(e)
        r += 1
    ws.page_setup.orientation = "landscape"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

sh_a, r_a, i_a = planted_cells["リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した|" + S2]
sh_b, r_b, i_b = planted_cells[F_SRC + "|ネットワーク機器"]
exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{sh_a}!F{r_a}"], "paths": [f"entries[{i_a}].targetDate"],
         "why": "1回目 いいえ with 目標日 R7.5.30 (2025-05-30), after the end of the form's fiscal year 令和6年度 (2025-03-31)"},
        {"cells": [f"{sh_b}!E{r_b}"], "paths": [f"entries[{i_b}].firstDate"],
         "why": "1回目 answered (○ in はい) but the 1回目 確認日 is blank; every item needs a 1回目 answer and date"},
    ],
    "notes": "One sheet per section (1_体制構築 holds the facility name, label above the value, and the 前提 row). "
             "Answers are ○ marks in separate はい / いいえ columns. Dates are typed text in 和暦 (R6.8.5 = 2024-08-05; "
             "one '令和6年8月5日' and one '令和6年12月20日'). Item numbers are shown full-width (１－（１）) and given "
             "half-width in itemNo; device-class items (under 【サーバ】【端末PC】【ネットワーク機器】 sub-heading rows) have no number. "
             "Item wording on the sheets is abbreviated; 'item' gives the full catalogue wording. Section is the sheet's "
             "heading without its number. The yellow 記入例 row on 2_管理運用 (row 6) is an example and not in values. "
             "The 記入要領 sheet is instructions only.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME, planted_cells and (sh_a, r_a, i_a, sh_b, r_b, i_b))
