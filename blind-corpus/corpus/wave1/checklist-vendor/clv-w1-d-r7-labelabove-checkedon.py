#!/usr/bin/python3
# Generator for clv-w1-d-r7-labelabove-checkedon.xlsx (checklist-vendor, R7 = 令和7年度版) and its expected.json.
# Layout: R7 version with a 確認日 header field; header labels ABOVE their values (one row of labels, one of values);
# 項番 column; ★ marks items added in R7 (footnote); dates are real Excel date cells shown with a Japanese-era
# number format; a summary COUNTIF formula; a separate, correctly labelled 記入例 sheet (must be ignored).
# Written by openpyxl, then re-saved by LibreOffice (soffice --convert-to xlsx). No planted problem.
import json, os, subprocess, tempfile, shutil, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "clv-w1-d-r7-labelabove-checkedon"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "R7チェックリスト"
D = dt.date
ERA = '[$-411]ggge"年"m"月"d"日"'

SEC1 = "体制構築"; SEC2 = "医療情報システムの管理・運用"; SEC3 = "インシデント発生に備えた対応"
ACC = "医療機関と協議の上、利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "医療機関からの連絡に基づき、退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを取得・管理し、医療機関の求めに応じて提供できるようにしている"
PWD = "パスワードは英数字、記号を混在させた13文字以上の推測困難なものとし、使い回しをしないよう設定している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
USB = "USBストレージ等の外部記録媒体や外部機器の接続を制限している"
TFA = "二要素認証を実装している、又は令和9年度までに実装する計画を医療機関に提示している"
# (kind, text/no, wording, section, new-in-R7)
ROWS = [
    ("head", "1. 体制構築"),
    ("item", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", SEC1, False),
    ("item", "1-(2)", "医療機関が運用管理規程を策定・見直すために必要な情報を医療機関に提供している", SEC1, True),
    ("head", "2. 医療情報システムの管理・運用"),
    ("item", "2-(1)", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている", SEC2, False),
    ("item", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", SEC2, False),
    ("item", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", SEC2, False),
    ("sub", "サーバ"),
    ("item", "2-(4)", ACC, "サーバ", False), ("item", "2-(5)", DEL, "サーバ", False),
    ("item", "2-(6)", LOG, "サーバ", False), ("item", "2-(7)", PWD, "サーバ", True),
    ("item", "2-(8)", PAT, "サーバ", False), ("item", "2-(9)", BGS, "サーバ", False),
    ("sub", "端末PC"),
    ("item", "2-(10)", ACC, "端末PC", False), ("item", "2-(11)", DEL, "端末PC", False),
    ("item", "2-(12)", PWD, "端末PC", True), ("item", "2-(13)", PAT, "端末PC", False),
    ("item", "2-(14)", BGS, "端末PC", False), ("item", "2-(15)", USB, "端末PC", True),
    ("item", "2-(16)", TFA, "端末PC", True),
    ("sub", "ネットワーク機器"),
    ("item", "2-(17)", PAT, "ネットワーク機器", False),
    ("item", "2-(18)", "保守回線を含め、接続元制限を実施している", "ネットワーク機器", False),
    ("head", "3. インシデント発生に備えた対応"),
    ("item", "3-(1)", "インシデント発生時における医療機関及び外部関係機関（厚生労働省、警察等）との連絡体制を整備し、医療機関に提示している", SEC3, False),
    ("item", "3-(2)", "インシデント発生時に医療機関が診療を継続できるよう、データやシステムのバックアップの実施と復旧手順を医療機関に提示している", SEC3, False),
]
FIRST = D(2025, 7, 8)
ANS = {r[1]: ("はい", FIRST, None, None, None, None) for r in ROWS if r[0] == "item"}
ANS["2-(7)"] = ("いいえ", FIRST, D(2025, 9, 30), "はい", D(2025, 9, 26), "管理者アカウントのパスワードを16桁に変更")
ANS["2-(15)"] = ("いいえ", FIRST, D(2025, 10, 31), "はい", D(2025, 10, 24), "資産管理ソフトでUSBメモリを書込禁止に設定")
ANS["2-(16)"] = ("いいえ", FIRST, D(2026, 3, 31), None, None, "次期更新（令和8年度）で生体認証導入予定。計画書を7/8提示")
HEADER = {"vendorName": "日本ヘルスケアネットワーク株式会社",
          "targetSystem": "院内ネットワーク（UTM・VPN装置を含む）",
          "hospitalName": "医療法人倉敷南会 倉敷南病院",
          "checkedOn": D(2025, 10, 27)}

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)

def build_sheet(ws, header, rows, ans):
    for col, w in zip("ABCDEFGH", (8, 56, 10, 16, 16, 10, 16, 30)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:H2"); ws["A2"] = "令和7年度版"
    # labels above, values below
    for (rng_l, rng_v, lab, key) in (("A4:B4", "A5:B5", "事業者名", "vendorName"),
                                     ("C4:E4", "C5:E5", "対象システム", "targetSystem"),
                                     ("F4:G4", "F5:G5", "提出先医療機関名", "hospitalName"),
                                     ("H4:H4", "H5:H5", "確認日", "checkedOn")):
        if rng_l.split(":")[0] != rng_l.split(":")[1]:
            ws.merge_cells(rng_l); ws.merge_cells(rng_v)
        cl = ws[rng_l.split(":")[0]]; cv = ws[rng_v.split(":")[0]]
        cl.value = lab; cl.fill = PatternFill("solid", fgColor="DDEBF7"); cl.font = Font(bold=True)
        cl.alignment = Alignment(horizontal="center")
        cv.value = header.get(key); cv.alignment = Alignment(horizontal="center", wrap_text=True)
        if key == "checkedOn":
            cv.number_format = ERA
    for r in (4, 5):
        for c in range(1, 9):
            ws.cell(r, c).border = B
    ws.row_dimensions[5].height = 30
    ws["A7"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
    ws["A8"] = "※ ★は令和7年度版で追加された項目です。"
    for rng, text in (("A10:A11", "項番"), ("B10:B11", "チェック項目"), ("C10:D10", "1回目"), ("E10:E11", "目標日"),
                      ("F10:G10", "2回目"), ("H10:H11", "備考")):
        ws.merge_cells(rng); ws[rng.split(":")[0]] = text
    ws["C11"] = "結果"; ws["D11"] = "確認日"; ws["F11"] = "結果"; ws["G11"] = "確認日"
    for r in (10, 11):
        for c in range(1, 9):
            cell = ws.cell(r, c); cell.border = B; cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
    r = 12; entries = []; first_r = r
    for row in rows:
        if row[0] != "item":
            ws.cell(r, 1 if row[0] == "head" else 2, row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).border = B; ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1; continue
        _, no, text, sec, new = row
        if no not in ans:
            r += 1; continue
        a1, d1, tg, a2, d2, rm = ans[no]
        for c, v in enumerate([no, ("★" if new else "") + text, a1, d1, tg, a2, d2, rm], start=1):
            cell = ws.cell(r, c, v); cell.border = B
            cell.alignment = Alignment(wrap_text=(c in (2, 8)), vertical="center",
                                       horizontal="center" if c in (1, 3, 4, 5, 6, 7) else None)
            if isinstance(v, dt.date):
                cell.number_format = ERA
        e = {"section": sec, "item": text, "itemNo": no, "firstAnswer": a1, "firstDate": d1.isoformat()}
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.isoformat()
        if rm: e["remarks"] = rm
        entries.append(e); r += 1
    last = r - 1
    ws.cell(r + 1, 2, "1回目「いいえ」の項目数").alignment = Alignment(horizontal="right")
    ws.cell(r + 1, 3, f'=COUNTIF(C{first_r}:C{last},"いいえ")')
    ws.cell(r + 2, 2, "2回目「いいえ」の項目数").alignment = Alignment(horizontal="right")
    ws.cell(r + 2, 3, f'=COUNTIF(F{first_r}:F{last},"いいえ")')
    return entries

wb = Workbook(); ws = wb.active; ws.title = SHEET
entries = build_sheet(ws, HEADER, ROWS, ANS)
# a correctly labelled example sheet (must be ignored)
ex = wb.create_sheet("記入例")
ex_rows = [r for r in ROWS if r[0] != "item" or r[1] in ("1-(1)", "2-(3)")]
ex_ans = {"1-(1)": ("はい", D(2025, 6, 2), None, None, None, None),
          "2-(3)": ("いいえ", D(2025, 6, 2), D(2025, 7, 31), "はい", D(2025, 7, 15), "7/15 MDS/SDS 提出")}
build_sheet(ex, {"vendorName": "（記入例）○○システム株式会社", "targetSystem": "（記入例）電子カルテシステム",
                 "hospitalName": "（記入例）○○病院", "checkedOn": D(2025, 6, 2)}, ex_rows, ex_ans)
ex["A1"] = "【記入例】医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
ex["A1"].font = Font(size=14, bold=True, color="FF0000")
ex.sheet_properties.tabColor = "FF0000"

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "lo"); os.makedirs(outdir)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "xlsx",
                "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

values = dict(HEADER, checkedOn=HEADER["checkedOn"].isoformat(), entries=entries)
exp = {"form": "checklist-vendor", "version": "R7", "file": NAME + ".xlsx", "values": values, "planted": [],
       "notes": ("R7 (令和7年度版). Vendor item wording is our reconstruction, including the R7 additions (1-(2) 運用管理規程, "
                 "password 13+ chars / no reuse for サーバ and 端末PC, USB/external device limits, two-factor authentication "
                 "by 令和9年度); 項番 numbering is this workbook's own. Items added in R7 carry a leading ★ in the cell; "
                 "the expected item text omits the ★. Header labels are above their values; 確認日 (checkedOn) is in H5 (the date the vendor completed the sheet, after the last 2回目 check). "
                 "All dates are Excel date cells with a Japanese-era display format (令和7年7月8日). The two COUNTIF cells "
                 "below the table are a summary, not data. Sheet '記入例' is a correctly labelled example and must be "
                 "ignored. File re-saved by LibreOffice. No planted problem; 2-(16) いいえ has 目標日 2026-03-31 (within "
                 "FY R7) and no 2回目 yet, which is correct.")}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", len(entries))
