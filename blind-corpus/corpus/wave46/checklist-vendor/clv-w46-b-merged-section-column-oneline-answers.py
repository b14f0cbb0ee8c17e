#!/usr/bin/python3
# Generator: vendor checklist (事業者確認用, R6) drawn the Okayama way: a 記入要領 sheet, header as
# "項目：値" cells, a merged 区分 column, abbreviated item labels, answers written as
# "はい（10/8）" (one option of はい・いいえ kept, year-less date in brackets), a labelled 記入例 row.
# Re-saved by LibreOffice. Planted: NW 接続元制限 いいえ without 目標日; 2-(3) 2回目 date before 1回目 date.
import sys, json, os, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w46-b-merged-section-column-oneline-answers"

header = {
    "vendorName": "株式会社システムクリエイト山陽",
    "targetSystem": "医事会計システム（レセプトコンピュータ）「MediRece21」",
    "hospitalName": "社会医療法人 緑水会 西大寺みどり病院",
}
FULL = {
    "1-(1)": "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
    "2-(1)": "医療機関のサーバ、端末PC、ネットワーク機器の台帳管理に協力している",
    "2-(2)": "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
    "2-(3)": "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
    "acl": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    "acct": "退職者や使用していないアカウント等、不要なアカウントを削除している",
    "log": "アクセスログを管理している",
    "patch": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "svc": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "src": "接続元制限を実施している",
    "3-(1)": "インシデント発生時における医療機関と事業者の連絡体制を整備し、医療機関に提示している",
    "3-(2)": "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関に提示している",
}
SHORT = {
    "1-(1)": "管理責任者の設置（事業者内）", "2-(1)": "機器台帳管理への協力",
    "2-(2)": "リモートメンテナンス機器の有無の報告", "2-(3)": "MDS/SDSの提出",
    "acl": "アクセス権限設定（職種・業務別）", "acct": "不要アカウントの削除", "log": "アクセスログ管理",
    "patch": "セキュリティパッチ適用", "svc": "不要なソフト・サービスの停止", "src": "接続元制限",
    "3-(1)": "インシデント時の連絡体制の整備・提示", "3-(2)": "バックアップ・復旧手順の提示",
}
# blocks: (区分 label on sheet, canonical section, [(key, no, a1, d1, target, a2, d2, remarks)])
# dates are (month, day) -> R6 fiscal year
def iso(md):
    if md is None: return None
    m, d = md
    return f"{2024 if m >= 4 else 2025}-{m:02d}-{d:02d}"
blocks = [
    ("1.体制構築", "体制構築", [("1-(1)", "1-(1)", "はい", (10, 8), None, None, None, None)]),
    ("2.医療情報システムの管理・運用", "医療情報システムの管理・運用", [
        ("2-(1)", "2-(1)", "はい", (10, 8), None, None, None, None),
        ("2-(2)", "2-(2)", "はい", (10, 8), None, None, None, "リモート保守なし\n（オンサイト対応のみ）"),
        ("2-(3)", "2-(3)", "いいえ", (10, 8), (11, 29), "はい", (10, 1), "MDS/SDS提出済  "),  # planted: 2回目 before 1回目
    ]),
    ("サーバ", "サーバ", [
        ("acl", None, "はい", (10, 9), None, None, None, None),
        ("acct", None, "はい", (10, 9), None, None, None, None),
        ("log", None, "はい", (10, 9), None, None, None, None),
        ("patch", None, "いいえ", (10, 9), (1, 31), None, None, "1月の定期保守で適用予定"),
        ("svc", None, "はい", (10, 9), None, None, None, None),
    ]),
    ("端末PC", "端末PC", [
        ("acl", None, "はい", (10, 9), None, None, None, None),
        ("acct", None, "はい", (10, 9), None, None, None, None),
        ("patch", None, "はい", (10, 9), None, None, None, None),
        ("svc", None, "はい", (10, 9), None, None, None, None),
    ]),
    ("NW機器", "ネットワーク機器", [
        ("patch", None, "はい", (10, 9), None, None, None, None),
        ("src", None, "いいえ", (10, 9), None, None, None, "院内SEと調整中"),  # planted: no 目標日
    ]),
    ("3.インシデント発生に備えた対応", "インシデント発生に備えた対応", [
        ("3-(1)", "3-(1)", "はい", (10, 10), None, None, None, None),
        ("3-(2)", "3-(2)", "はい", (10, 10), None, None, None, None),
    ]),
]

wb = Workbook()
guide = wb.active; guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）",
    "",
    "1. 「チェックリスト」シートの上部に事業者名、対象システム、提出先医療機関名を記入してください。",
    "2. 確認結果欄は「はい・いいえ」のうち該当しない方を削除し、（　/　）に確認日（月/日）を記入してください。",
    "3. 1回目の確認で「いいえ」の場合は、目標日欄に実施可能な直近の対応目標日を記入してください。",
    "4. 目標日経過後に再度確認を行い、2回目欄に結果と確認日を記入してください。",
    "5. 記入例の行は参考です（削除しなくても構いません）。",
    "6. システムごとに1部作成し、医療機関へ提出してください。",
]
for i, t in enumerate(lines, 1):
    guide[f"A{i}"] = t
guide["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("チェックリスト")
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="DDEBF7"); ex = PatternFill("solid", fgColor="EDEDED")
for k, v in {"A": 18, "B": 7, "C": 38, "D": 15, "E": 11, "F": 15, "G": 28}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト　事業者確認用（R6）"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "事業者名：" + header["vendorName"]
ws["A4"] = "対象システム：" + header["targetSystem"]
ws["A5"] = "提出先医療機関名：" + header["hospitalName"]
for r in (3, 4, 5):
    ws.merge_cells(f"A{r}:G{r}")

ws.merge_cells("A7:A8"); ws["A7"] = "区分"
ws.merge_cells("B7:B8"); ws["B7"] = "No"
ws.merge_cells("C7:C8"); ws["C7"] = "チェック項目"
ws.merge_cells("D7:F7"); ws["D7"] = "確認結果（日付）"
ws["D8"] = "1回目"; ws["E8"] = "目標日"; ws["F8"] = "2回目"
ws.merge_cells("G7:G8"); ws["G7"] = "備考"
for r in (7, 8):
    for c in "ABCDEFG":
        ws[f"{c}{r}"].fill = hdr; ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].font = Font(bold=True)
        ws[f"{c}{r}"].alignment = Alignment(horizontal="center", vertical="center")

# 記入例 row (must be ignored)
exrow = ["記入例", "1-(1)", "管理責任者の設置（事業者内）", "いいえ（6/3）", "（7/31）", "はい（7/20）", "7/20 責任者を任命"]
for c, v in zip("ABCDEFG", exrow):
    ws[f"{c}9"] = v; ws[f"{c}9"].fill = ex; ws[f"{c}9"].border = box
    ws[f"{c}9"].font = Font(italic=True, color="808080")

def fmt(a, md):
    return f"{a}（{md[0]}/{md[1]}）"

entries, planted = [], []
r = 10
for label, sec, items in blocks:
    start = r
    for key, no, a1, d1, tg, a2, d2, rem in items:
        if no: ws[f"B{r}"] = no
        ws[f"C{r}"] = SHORT[key]
        ws[f"D{r}"] = fmt(a1, d1)
        if tg: ws[f"E{r}"] = f"（{tg[0]}/{tg[1]}）"
        if a2: ws[f"F{r}"] = fmt(a2, d2)
        if rem: ws[f"G{r}"] = rem
        for c in "ABCDEFG":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = Alignment(vertical="center", wrap_text=(c in "ACG"),
                                                horizontal="center" if c in "BDEF" else None)
        e = {"section": sec}
        if no: e["itemNo"] = no
        e.update({"item": FULL[key], "firstAnswer": a1, "firstDate": iso(d1)})
        if tg: e["targetDate"] = iso(tg)
        if a2: e["secondAnswer"] = a2; e["secondDate"] = iso(d2)
        if rem: e["remarks"] = rem
        idx = len(entries)
        if key == "2-(3)":
            planted.append({"cells": [f"チェックリスト!F{r}", f"チェックリスト!D{r}"],
                            "paths": [f"entries[{idx}].secondDate"],
                            "why": "2回目の確認日 (10/1 = 2024-10-01) が1回目の確認日 (10/8 = 2024-10-08) より前になっている"})
        if sec == "ネットワーク機器" and key == "src":
            planted.append({"cells": [f"チェックリスト!E{r}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "1回目が「いいえ」なのに目標日が記入されていない（いいえの場合は目標日が必須）"})
        entries.append(e)
        r += 1
    if r - 1 > start:
        ws.merge_cells(f"A{start}:A{r-1}")
    ws[f"A{start}"] = label
    ws[f"A{start}"].alignment = Alignment(vertical="center", horizontal="center", wrap_text=True)

ws.page_setup.orientation = "landscape"
ws.print_title_rows = "7:8"
wb.active = 1

tmpd = tempfile.mkdtemp(prefix="clvb-")
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "lo"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpd}/profile",
                "--convert-to", "xlsx", "--outdir", outd, src], check=True, capture_output=True)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

exp = {
    "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
    "values": dict(header, entries=entries),
    "planted": planted,
    "notes": ("Header written as '事業者名：値' in one cell. Answers and dates share one cell as 'はい（10/8）' "
              "(the いいえ option deleted, year-less date; Oct-Dec = 2024, Jan-Mar = 2025). 目標日 written '（1/31）'. "
              "Item labels on the sheet are abbreviated; 'item' gives the full wording. 区分 'NW機器' = ネットワーク機器. "
              "Row 9 is a correctly labelled 記入例 row and is not an entry. 2-(2) remarks contain a line break; 2-(3) "
              "remarks have two trailing spaces as typed. Vendor-side wording of 1-(1), 2-(1), 2-(2), 3-(1), 3-(2) is "
              "the vendor parallel of the hospital items. Workbook re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME)
