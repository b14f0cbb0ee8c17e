#!/usr/bin/python3
"""clv-w19-a: vendor checklist drawn like the MHLW print form (事業者確認用), filled by the vendor.
Answer cells keep the template's 「はい・いいえ （　/　）」 wording: the filler deletes the option not chosen and
types a year-less date in the brackets; unused 目標日 / 2回目 cells keep the blank placeholder.
Saved by openpyxl, then re-saved by LibreOffice."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave19/checklist-vendor"
NAME = "clv-w19-a-mhlw-print-inline-dates"
SHEET = "事業者確認用"

VENDOR = "株式会社メディカルシステムズ岡山"
SYSTEM = "電子カルテシステム（MegaChart Ver.5）"
HOSPITAL = "医療法人 緑風会 みどり台病院"

PH_ANS = "はい・いいえ\n（　/　）"
PH_DATE = "（　/　）"

# (heading-or-None, section, itemNo, item, first(ans, m/d), target m/d, second(ans, m/d), remarks)
S1 = "体制構築"
S2 = "医療情報システムの管理・運用"
S3 = "インシデント発生に備えた対応"
ITEMS = [
    (S1, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     ("はい", "7/10"), None, None, "品質保証部長を管理責任者に任命済み"),
    (S2, "2-(1)", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     ("はい", "7/10"), None, None, None),
    (S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
     ("はい", "7/10"), None, None, "リモート保守対象：電子カルテサーバ2台（VPN経由）"),
    (S2, "2-(3)", "医療機関に製造業者／サービス事業者による医療情報セキュリティ開示書（MDS／SDS）を提出した",
     ("はい", "7/10"), None, None, "SDSを令和6年6月28日に提出"),
    ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     ("はい", "7/12"), None, None, None),
    ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     ("はい", "7/12"), None, None, None),
    ("サーバ", None, "アクセスログを管理している",
     ("はい", "7/12"), None, None, None),
    ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     ("はい", "7/12"), None, None, None),
    ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     ("いいえ", "7/12"), "9/30", ("はい", "9/26"), "9月の定期保守で不要サービスを停止"),
    ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     ("はい", "7/12"), None, None, None),
    ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     ("はい", "7/12"), None, None, None),
    ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     ("いいえ", "7/12"), "11/30", ("はい", "11/21"), "Windows更新プログラムを順次適用（全42台）"),
    ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     ("はい", "7/12"), None, None, None),
    ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     ("はい", "7/12"), None, None, None),
    ("ネットワーク機器", None, "接続元制限を実施している",
     ("いいえ", "7/12"), "1/31", ("はい", "1/24"), "VPN装置の接続元IPアドレス制限を設定"),
    (S3, "3-(1)", "インシデント発生時における事業者内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     ("はい", "7/10"), None, None, None),
    (S3, "3-(2)", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している",
     ("はい", "7/10"), None, None, None),
]
HEAD = {S1: "１．体制構築", S2: "２．医療情報システムの管理・運用", S3: "３．インシデント発生に備えた対応"}
DEVICE = {"サーバ", "端末PC", "ネットワーク機器"}


def iso(md):
    m, d = (int(x) for x in md.split("/"))
    y = 2025 if m <= 3 else 2024
    return f"{y:04d}-{m:02d}-{d:02d}"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="D9D9D9")
    light = PatternFill("solid", fgColor="F2F2F2")

    widths = {"A": 2, "B": 12, "C": 7, "D": 52, "E": 14, "F": 11, "G": 14, "H": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["H1"] = "令和6年度版"
    ws["H1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B2:H2")
    ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B2"].font = Font(size=14, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B3:H3")
    ws["B3"] = "事業者確認用"
    ws["B3"].font = Font(size=12, bold=True)
    ws["B3"].alignment = Alignment(horizontal="center")

    hdr = [(5, "事業者名", VENDOR), (6, "対象システム", SYSTEM), (7, "提出先医療機関名", HOSPITAL)]
    for r, lab, val in hdr:
        ws.merge_cells(f"B{r}:C{r}")
        ws.merge_cells(f"D{r}:F{r}")
        ws[f"B{r}"] = lab
        ws[f"D{r}"] = val
        for c in "BCDEF":
            ws[f"{c}{r}"].border = box
        ws[f"B{r}"].fill = light
        ws[f"B{r}"].alignment = wrap

    notes = [
        "※ 医療機関と協力して、医療情報システム等の提供に係るセキュリティ対策の状況を確認してください。",
        "※ 「はい・いいえ」のいずれかを残し、確認した日付を（　/　）に記入してください。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入し、対応後に2回目の確認を行ってください。",
    ]
    for i, t in enumerate(notes):
        ws.merge_cells(f"B{9+i}:H{9+i}")
        ws[f"B{9+i}"] = t
        ws[f"B{9+i}"].font = Font(size=9)

    # table header (two rows)
    ws.merge_cells("B13:B14"); ws["B13"] = "区分"
    ws.merge_cells("C13:C14"); ws["C13"] = "No."
    ws.merge_cells("D13:D14"); ws["D13"] = "チェック項目"
    ws.merge_cells("E13:G13"); ws["E13"] = "確認結果（日付）"
    ws["E14"] = "1回目"; ws["F14"] = "目標日"; ws["G14"] = "2回目"
    ws.merge_cells("H13:H14"); ws["H13"] = "備考"
    for r in (13, 14):
        for c in "BCDEFGH":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].fill = grey
            ws[f"{c}{r}"].alignment = center
            ws[f"{c}{r}"].font = Font(bold=True)

    r = 15
    entries = []
    last_head = None
    dev_start = {}
    for sec, no, item, first, target, second, rem in ITEMS:
        head_key = sec if sec not in DEVICE else S2
        if head_key != last_head:
            ws.merge_cells(f"B{r}:H{r}")
            ws[f"B{r}"] = HEAD[head_key]
            ws[f"B{r}"].font = Font(bold=True)
            ws[f"B{r}"].fill = light
            for c in "BCDEFGH":
                ws[f"{c}{r}"].border = box
            r += 1
            last_head = head_key
        if sec in DEVICE:
            dev_start.setdefault(sec, [r, r])
            dev_start[sec][1] = r
        if no:
            ws[f"C{r}"] = no
        ws[f"D{r}"] = item
        ws[f"E{r}"] = f"{first[0]}\n（{first[1]}）"
        ws[f"F{r}"] = f"（{target}）" if target else PH_DATE
        ws[f"G{r}"] = f"{second[0]}\n（{second[1]}）" if second else PH_ANS
        if rem:
            ws[f"H{r}"] = rem
        for c in "BCDEFGH":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = center if c in "CEFG" else wrap
        ws.row_dimensions[r].height = 36
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = first[0]
        e["firstDate"] = iso(first[1])
        if target:
            e["targetDate"] = iso(target)
        if second:
            e["secondAnswer"] = second[0]
            e["secondDate"] = iso(second[1])
        if rem:
            e["remarks"] = rem
        entries.append(e)
        r += 1
    for sec, (a, b) in dev_start.items():
        ws.merge_cells(f"B{a}:B{b}")
        ws[f"B{a}"] = sec
        ws[f"B{a}"].alignment = center
    # sign-off line below the table
    ws[f"B{r+1}"] = "記入者：カスタマーサポート部　岡本 恵介"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_area = f"B1:H{r+1}"

    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, NAME + ".xlsx")
    wb.save(raw)
    # re-save with LibreOffice
    outdir = os.path.join(tmp, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
    shutil.rmtree(tmp)

    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
        "planted": [],
        "notes": ("Answer cells follow the print template 「はい・いいえ（　/　）」: the filler kept the chosen option and typed a "
                  "year-less date in the brackets (R6 form: Apr-Dec = 2024, Jan-Mar = 2025). 目標日 and 2回目 cells of items "
                  "answered はい the first time still hold the untouched template placeholders 「（　/　）」 / "
                  "「はい・いいえ（　/　）」 = blank. Device-class items (サーバ/端末PC/ネットワーク機器) carry no number. "
                  "Vendor item wording is the drafter's reconstruction of the vendor-side parallel items. "
                  "The 記入者 line under the table is not a form field. Re-saved by LibreOffice."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
