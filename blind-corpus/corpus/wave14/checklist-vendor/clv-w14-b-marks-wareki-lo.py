#!/usr/bin/python3
# Generator for clv-w14-b-marks-wareki-lo.xlsx
# Role: hospital IT person's own Excel version of the 令和7年度版 vendor checklist, sent to the lab-system
# vendor, who marks ○ under はい / いいえ, writes 和暦 dates (R7.6.2) as text, and sends it back; the file
# went through LibreOffice on the way (re-saved).  A grey 記入例 row stays at the top of the table
# (correctly labelled, must be ignored).  Device classes are block headings (■サーバ …), no item numbers.
# Planted: 3 problems (see expected.json).
import json
import os
import shutil
import subprocess
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave14/checklist-vendor"
NAME = "clv-w14-b-marks-wareki-lo"
SHEET = "チェックリスト（事業者）"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
F = "游ゴシック"

VENDOR = "ラボテック株式会社"
SYSTEM = "臨床検査部門システム（LabNavi Ver.8）"
HOSP = "社会医療法人 青葉会 岡山青葉病院"
CHECKED_TEXT = "令和7年10月1日"
CHECKED_ISO = "2025-10-01"

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している。"
LOG = "アクセスログを管理している。"
PWD = "パスワードは英数字、記号が混在した8文字以上とし、使い回しをしていない。"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"
MFA = "二要素認証を導入している（令和9年度までに導入）。"
USB = "USBストレージ等の外部記録媒体の接続を制限している。"
SRC = "接続元制限を実施している。"

# dates: (text-as-written, iso)
D1 = ("R7.6.2", "2025-06-02")

# rows: ("sec", shown, canonical) or ("item", text, first(ans, date), target, second(ans, date), remarks, tag)
ROWS = [
    ("sec", "1．体制構築", "体制構築"),
    ("item", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", ("はい", D1), None, None, "", None),
    ("sec", "2．医療情報システムの管理・運用（全般）", "医療情報システムの管理・運用"),
    ("item", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている。", ("はい", D1), None, None, "", None),
    ("item", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。", ("はい", D1), None, None,
     "リモート保守なし（オンサイト保守のみ）", None),
    ("item", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", ("はい", D1), None, None, "", None),
    ("item", "医療情報システムの運用管理規程の整備に協力している。", ("いいえ", D1), ("R7.9.30", "2025-09-30"),
     ("はい", ("R7.9.26", "2025-09-26")), "運用管理規程（検査部門）案を提示済", None),
    ("sec", "■サーバ", "サーバ"),
    ("item", ACC, ("はい", D1), None, None, "", None),
    ("item", DEL, ("はい", D1), None, None, "", None),
    ("item", LOG, ("はい", D1), None, None, "", None),
    ("item", PWD, ("はい", D1), None, None, "", None),
    ("item", PAT, ("はい", D1), None, None, "", None),
    ("item", SVC, ("はい", D1), None, None, "", None),
    ("item", MFA, ("いいえ", D1), ("R8.3.31", "2026-03-31"), None, "令和8年3月のサーバ更新時に対応予定", None),
    ("sec", "■端末PC", "端末PC"),
    ("item", ACC, ("はい", D1), None, None, "", None),
    ("item", DEL, ("はい", D1), None, None, "", None),
    ("item", PWD, ("はい", D1), None, None, "", None),
    ("item", USB, ("いいえ", D1), ("R8.6.30", "2026-06-30"), None, "端末入替に合わせて制限予定", "P_USB"),
    ("item", PAT, ("いいえ", D1), None, None, "検査室端末3台が未適用", "P_PAT"),
    ("item", SVC, ("はい", D1), None, None, "", None),
    ("sec", "■ネットワーク機器", "ネットワーク機器"),
    ("item", PAT, ("はい", ("R7.6.3", "2025-06-03")), None, None, "", None),
    ("item", SRC, ("いいえ", ("R7.6.3", "2025-06-03")), ("R7.8.29", "2025-08-29"),
     ("はい", ("R7.5.30", "2025-05-30")), "分析装置接続用ルータの許可元を設定", "P_2ND"),
    ("sec", "3．インシデント発生に備えた対応", "インシデント発生に備えた対応"),
    ("item", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。",
     ("はい", D1), None, None, "", None),
    ("item", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している。",
     ("はい", D1), None, None, "日次バックアップ・復旧手順書を病院へ提出済", None),
]


def build():
    wb = Workbook()
    # instructions first (the hospital's habit: 記入要領 as sheet 1)
    note = wb.active
    note.title = "記入要領"
    note.column_dimensions["A"].width = 95
    for i, t in enumerate([
        "チェックリスト（事業者確認用）記入要領",
        "・「はい」「いいえ」の該当する欄に○を記入してください。",
        "・確認日・目標日は和暦（例：R7.6.2）で記入してください。",
        "・1回目が「いいえ」の項目は、対応目標日（令和7年度内）を必ず記入してください。",
        "・目標日以降に再確認し、2回目欄に記入してください。",
        "・表の先頭の灰色の行は記入例です（削除しないでください）。",
    ], start=1):
        note.cell(i, 1, t).alignment = WRAP
    note["A1"].font = Font(name=F, bold=True, size=12)

    ws = wb.create_sheet(SHEET)
    for k, v in {"A": 2, "B": 4, "C": 52, "D": 5, "E": 5, "F": 10, "G": 10, "H": 5, "I": 5, "J": 10, "K": 28}.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("B1:K1")
    ws["B1"] = "令和7年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
    ws["B1"].font = Font(name=F, size=13, bold=True)

    hdr = [("B3", "事業者名", "D3", VENDOR), ("B4", "対象システム", "D4", SYSTEM), ("B5", "提出先医療機関名", "D5", HOSP)]
    for lc, lab, vc, val in hdr:
        r = int(lc[1:])
        ws.merge_cells(f"B{r}:C{r}")
        ws[lc] = lab
        ws[lc].alignment = Alignment(horizontal="right", vertical="center")
        ws.merge_cells(f"D{r}:I{r}")
        ws[vc] = val
        for col in "DEFGHI":
            ws[f"{col}{r}"].border = Border(bottom=thin)
    ws["J3"] = "確認日"
    ws["J3"].alignment = CENTER
    ws["K3"] = CHECKED_TEXT
    ws["K3"].border = Border(bottom=thin)

    # header rows 7-8
    ws.merge_cells("B7:C8")
    ws["B7"] = "チェック項目"
    ws.merge_cells("D7:F7")
    ws["D7"] = "1回目"
    ws.merge_cells("G7:G8")
    ws["G7"] = "目標日"
    ws.merge_cells("H7:J7")
    ws["H7"] = "2回目"
    ws.merge_cells("K7:K8")
    ws["K7"] = "備考"
    for col, t in zip("DEFHIJ", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
        ws[f"{col}8"] = t
    fill = PatternFill("solid", fgColor="FCE4D6")
    for r in (7, 8):
        for c in range(2, 12):
            cell = ws.cell(r, c)
            cell.fill = fill
            cell.border = BOX
            cell.alignment = CENTER
            cell.font = Font(name=F, size=10, bold=True)

    # 記入例 row (row 9)
    grey = PatternFill("solid", fgColor="D9D9D9")
    ws["B9"] = "例"
    ws["C9"] = "【記入例】○○を実施している。"
    ws["E9"] = "○"
    ws["F9"] = "R7.5.1"
    ws["G9"] = "R7.9.30"
    ws["H9"] = "○"
    ws["J9"] = "R7.9.1"
    ws["K9"] = "記入例"
    for c in range(2, 12):
        ws.cell(9, c).fill = grey
        ws.cell(9, c).border = BOX
        ws.cell(9, c).font = Font(name=F, size=9, italic=True, color="595959")
        ws.cell(9, c).alignment = CENTER if c != 3 else WRAP

    entries = []
    planted = []
    r = 10
    sec = None
    for row in ROWS:
        if row[0] == "sec":
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
            ws.cell(r, 2, row[1]).font = Font(name=F, size=10, bold=True)
            for c in range(2, 12):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).fill = PatternFill("solid", fgColor="EDEDED")
            sec = row[2]
            r += 1
            continue
        _, text, first, target, second, rem, tag = row
        ws.cell(r, 2, "・")
        ws.cell(r, 3, text)
        e = {"section": sec, "item": text}
        a, (dt, diso) = first
        ws.cell(r, 4 if a == "はい" else 5, "○")
        ws.cell(r, 6, dt)
        e["firstAnswer"] = a
        e["firstDate"] = diso
        if target:
            ws.cell(r, 7, target[0])
            e["targetDate"] = target[1]
        if second:
            a2, (dt2, diso2) = second
            ws.cell(r, 8 if a2 == "はい" else 9, "○")
            ws.cell(r, 10, dt2)
            e["secondAnswer"] = a2
            e["secondDate"] = diso2
        if rem:
            ws.cell(r, 11, rem)
            e["remarks"] = rem
        for c in range(2, 12):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.font = Font(name=F, size=10)
            cell.alignment = WRAP if c in (3, 11) else CENTER
        ws.row_dimensions[r].height = 30
        idx = len(entries)
        if tag == "P_PAT":
            planted.append({"cells": [f"{SHEET}!G{r}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "1回目が「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）"})
        if tag == "P_USB":
            planted.append({"cells": [f"{SHEET}!G{r}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "目標日 R8.6.30 (2026-06-30) が様式の年度（令和7年度: 2025-04-01〜2026-03-31）外"})
        if tag == "P_2ND":
            planted.append({"cells": [f"{SHEET}!J{r}", f"{SHEET}!F{r}"], "paths": [f"entries[{idx}].secondDate"],
                            "why": "2回目確認日 R7.5.30 (2025-05-30) が1回目確認日 R7.6.3 (2025-06-03) より前"})
        entries.append(e)
        r += 1

    ws.print_area = f"A1:L{r}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = "7:8"
    wb.active = 1

    tmpdir = tempfile.mkdtemp()
    tmp = os.path.join(tmpdir, NAME + ".xlsx")
    wb.save(tmp)
    # re-save through LibreOffice
    outdir = os.path.join(tmpdir, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
    shutil.rmtree(tmpdir)

    expected = {
        "form": "checklist-vendor",
        "version": "R7",
        "file": NAME + ".xlsx",
        "values": {
            "vendorName": VENDOR,
            "targetSystem": SYSTEM,
            "hospitalName": HOSP,
            "checkedOn": CHECKED_ISO,
            "entries": entries,
        },
        "planted": planted,
        "notes": ("R7 (令和7年度版) vendor checklist. Answers are ○ marks under はい / いいえ columns; all dates are "
                  "text in 和暦 short form (R7.6.2 = 2025-06-02); header 確認日 is text '令和7年10月1日'. Row 9 is a "
                  "grey row labelled 例/【記入例】 and must be ignored. Section headings are merged rows "
                  "(numbering and ■ removed in 'section'); no item numbers are shown, so itemNo is omitted. "
                  "The same item text repeats under サーバ / 端末PC / ネットワーク機器. Item wording (esp. the R7 "
                  "additions: 運用管理規程, パスワード, 二要素認証, USB) is my reconstruction, not primary text. "
                  "First sheet is 記入要領 (instructions). File re-saved by LibreOffice."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
