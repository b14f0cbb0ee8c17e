# Generator: clv-w31-b-inline-answer-date-cells.xlsx (checklist-vendor, R6, 2 planted problems)
# Role: a small レセコン vendor's support staff filling a prefecture-style (Okayama 最低限の措置編 look-alike)
# version of the 事業者確認用 checklist: one text cell per result 「はい・いいえ（　/　）」 where the filler deletes
# one option and writes a year-less date; header labels and values in one cell; a labelled 記入例 row;
# re-saved by LibreOffice.
import json, os, sys, shutil, subprocess, tempfile
try:
    import openpyxl
except ImportError:
    sys.path.insert(0, "/tmp/clvins_py")
    import openpyxl
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w31-b-inline-answer-date-cells"
SHEET = "チェックリスト（事業者）"

VENDOR = "ＮＳシステムサービス株式会社"
SYSTEM = "医事会計システム（レセコン）"
HOSPITAL = "特定医療法人 桜和会 さくら記念病院"

BLANK_ANS = "はい・いいえ（　/　）"
BLANK_DATE = "（　/　）"

F = {  # canonical catalogue-style wording
    "kanri": "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
    "daicho": "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    "remote": "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
    "mds": "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
    "kengen": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    "account": "退職者や使用していないアカウント等、不要なアカウントを削除している",
    "log": "アクセスログを管理している",
    "patch": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "soft": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "moto": "接続元制限を実施している",
    "renraku": "インシデント発生時における医療機関と事業者の連絡体制を整備し、医療機関に連絡先を提示している",
    "backup": "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関に提示している",
}

# heading rows: ("H", text)
# item rows: ("I", section, itemNo, written text, key, first cell, first (ans, iso), target cell, target iso,
#             second cell, second (ans, iso), remarks)
ROWS = [
    ("H", "１．体制構築"),
    ("I", "体制構築", "1-(1)", "１－(１)　事業者内に医療情報システム等の提供に係る管理責任者を設置している", "kanri",
     "はい（8/5）", ("はい", "2024-08-05"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("H", "２．医療情報システムの管理・運用"),
    ("I", "医療情報システムの管理・運用", "2-(1)", "２－(１)　提供機器（サーバ・端末PC・NW機器）の台帳管理", "daicho",
     "はい（8/5）", ("はい", "2024-08-05"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("I", "医療情報システムの管理・運用", "2-(2)", "２－(２)　リモートメンテナンス（保守）利用機器の有無を医療機関へ報告", "remote",
     "はい（8/5）", ("はい", "2024-08-05"), BLANK_DATE, None, BLANK_ANS, None, "リモート保守回線1回線（報告済）"),
    ("I", "医療情報システムの管理・運用", "2-(3)", "２－(３)　医療機関にMDS/SDS（医療情報セキュリティ開示書）を提出した", "mds",
     "いいえ（8/5）", ("いいえ", "2024-08-05"), "（9/30）", "2024-09-30", "はい（9/27）", ("はい", "2024-09-27"),
     "9/27 書面で提出"),
    ("H", "【サーバ】"),
    ("I", "サーバ", None, "アクセス利用権限の設定（職種・担当業務別の情報区分毎）", "kengen",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("I", "サーバ", None, "不要なアカウント（退職者・未使用等）の削除", "account",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("I", "サーバ", None, "アクセスログの管理", "log",
     "いいえ（8/6）", ("いいえ", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, "ログ管理ツールの導入を検討中"),
    ("I", "サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用", "patch",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("I", "サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスの停止", "soft",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("H", "【端末PC】"),
    ("I", "端末PC", None, "アクセス利用権限の設定（職種・担当業務別の情報区分毎）", "kengen",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("I", "端末PC", None, "不要なアカウント（退職者・未使用等）の削除", "account",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("I", "端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用", "patch",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("I", "端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスの停止", "soft",
     "いいえ（8/6）", ("いいえ", "2024-08-06"), "（11/29）", "2024-11-29", "はい（11/26）", ("はい", "2024-11-26"),
     "自動更新サービス等を停止"),
    ("H", "【ネットワーク機器】"),
    ("I", "ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用", "patch",
     "いいえ（8/6）", ("いいえ", "2024-08-06"), "（10/31）", "2024-10-31", "はい（7/30）", ("はい", "2024-07-30"),
     "ルータのファームウェア更新"),
    ("I", "ネットワーク機器", None, "接続元制限の実施", "moto",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, ""),
    ("H", "３．インシデント発生に備えた対応"),
    ("I", "インシデント発生に備えた対応", "3-(1)", "３－(１)　インシデント発生時の医療機関との連絡体制を整備し、連絡先を提示している", "renraku",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, "緊急連絡先一覧を提出済"),
    ("I", "インシデント発生に備えた対応", "3-(2)", "３－(２)　診療継続に必要なデータ・システムのバックアップ実施と復旧手順を医療機関に提示している", "backup",
     "はい（8/6）", ("はい", "2024-08-06"), BLANK_DATE, None, BLANK_ANS, None, ""),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)


def build():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 58, "B": 16, "C": 11, "D": 16, "E": 28}.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和６年度版）　事業者確認用"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A3"] = f"提出先医療機関名：{HOSPITAL}"
    ws["A4"] = f"事業者名：{VENDOR}"
    ws["A5"] = f"対象システム：{SYSTEM}"
    ws["A6"] = "※1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
    ws["A6"].font = Font(size=9)

    ws.merge_cells("A8:A9")
    ws["A8"] = "チェック項目"
    ws.merge_cells("B8:D8")
    ws["B8"] = "確認結果（日付）"
    ws["B9"], ws["C9"], ws["D9"] = "1回目", "目標日", "2回目"
    ws.merge_cells("E8:E9")
    ws["E8"] = "備考"
    for r in (8, 9):
        for c in range(1, 6):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = CENTER
            ws.cell(r, c).fill = PatternFill("solid", fgColor="E2EFDA")
            ws.cell(r, c).font = Font(bold=True)

    # labelled example row, to be ignored
    ex = ["【記入例】（例）○○を設置している", "はい（5/13）", "（　/　）", "はい・いいえ（　/　）", "記入例"]
    for c, v in enumerate(ex, 1):
        cell = ws.cell(10, c, v)
        cell.font = Font(color="808080", italic=True)
        cell.border = BOX
        cell.alignment = CENTER if c in (2, 3, 4) else WRAP

    entries, where = [], {}
    row = 11
    for spec in ROWS:
        if spec[0] == "H":
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
            ws.cell(row, 1, spec[1]).font = Font(bold=True)
            for c in range(1, 6):
                ws.cell(row, c).border = BOX
            row += 1
            continue
        _, section, no, written, key, c1, a1, ct, tgt, c2, a2, rem = spec
        for c, v in enumerate([written, c1, ct, c2, rem or None], 1):
            cell = ws.cell(row, c, v)
            cell.border = BOX
            cell.alignment = CENTER if c in (2, 3, 4) else WRAP
        e = {"section": section, "item": F[key]}
        if no:
            e["itemNo"] = no
        e["firstAnswer"], e["firstDate"] = a1
        if tgt:
            e["targetDate"] = tgt
        if a2:
            e["secondAnswer"], e["secondDate"] = a2
        if rem:
            e["remarks"] = rem
        where[(section, key)] = (len(entries), row)
        entries.append(e)
        row += 1

    tmpd = tempfile.mkdtemp(prefix="clvb_")
    raw = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(raw)
    outdir = os.path.join(tmpd, "lo")
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmpd, ignore_errors=True)

    i_log, r_log = where[("サーバ", "log")]
    i_nw, r_nw = where[("ネットワーク機器", "patch")]
    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!C{r_log}"], "paths": [f"entries[{i_log}].targetDate"],
             "why": "1回目が「いいえ」（サーバ：アクセスログの管理）なのに目標日が未記入（「（　/　）」のまま）"},
            {"cells": [f"{SHEET}!D{r_nw}"], "paths": [f"entries[{i_nw}].secondDate"],
             "why": "ネットワーク機器のセキュリティパッチ：2回目の確認日 7/30 (2024-07-30) が1回目の確認日 8/6 (2024-08-06) より前"},
        ],
        "notes": ("Each result cell is the template text 「はい・いいえ（　/　）」 with one option deleted and a year-less date "
                  "written in, e.g. 「いいえ（8/6）」 = いいえ, 2024-08-06 (R6 form). Cells still showing the untouched template "
                  "「はい・いいえ（　/　）」 or 「（　/　）」 are blank. Header labels and values share one cell (「事業者名：…」). "
                  "Row 10 is a labelled 【記入例】 row and is not an entry. Item numbers are written full-width inside the item "
                  "text (「１－(１)」 -> itemNo 1-(1)); device-class items have no number. Several item texts are abbreviated; "
                  "'item' gives the full wording. Wording of vendor items 2-(1), 2-(2), 3-(1), 3-(2) is my reconstruction. "
                  "Workbook re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
