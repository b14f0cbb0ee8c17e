#!/usr/bin/env python3
"""Generator: clv-w44-a-mhlw-table-two-row-header.xlsx (vendor checklist, no planted problem).
Run: PYTHONPATH=/tmp/w44pkgs /usr/bin/python3 THIS.py  (writes via /tmp then LibreOffice re-save)"""
import datetime as dt, json, os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave44/checklist-vendor"
NAME = "clv-w44-a-mhlw-table-two-row-header"
D = dt.date

# (group label, itemNo shown, item text shown, section key, catalogue wording, answer data)
ROWS = [
 ("体制構築", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "体制構築",
  "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
  dict(fa="はい", fd=D(2024,10,4), rm="管理責任者：品質保証部長")),
 ("医療情報システム全般", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "医療情報システム全般",
  "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", dict(fa="はい", fd=D(2024,10,4))),
 ("医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した", "医療情報システム全般",
  "リモートメンテナンス（保守）を利用している機器の有無を確認した",
  dict(fa="はい", fd=D(2024,10,4), rm="リモート保守：VPN装置1台\n（院内サーバ室設置）")),
 ("医療情報システム全般", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "医療情報システム全般",
  "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
  dict(fa="はい", fd=D(2024,10,4), rm="2024/9/30 SDS提出済")),
 ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "サーバ",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", dict(fa="はい", fd=D(2024,10,4))),
 ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "サーバ",
  "退職者や使用していないアカウント等、不要なアカウントを削除している", dict(fa="はい", fd=D(2024,10,4))),
 ("サーバ", None, "アクセスログを管理している", "サーバ", "アクセスログを管理している",
  dict(fa="いいえ", fd=D(2024,10,4), td=D(2024,12,27), sa="はい", sd=D(2025,1,10), rm="ログ保存期間を1年に延長して対応")),
 ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "サーバ",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", dict(fa="はい", fd=D(2024,10,4))),
 ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "サーバ",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", dict(fa="はい", fd=D(2024,10,4))),
 ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "端末PC",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", dict(fa="はい", fd=D(2024,10,4))),
 ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "端末PC",
  "退職者や使用していないアカウント等、不要なアカウントを削除している", dict(fa="はい", fd=D(2024,10,4))),
 ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "端末PC",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", dict(fa="はい", fd=D(2024,10,4))),
 ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "端末PC",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
  dict(fa="いいえ", fd=D(2024,10,4), td=D(2025,2,28), rm="端末入替（2月予定）時に対応")),
 ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "ネットワーク機器",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", dict(fa="はい", fd=D(2024,10,7))),
 ("ネットワーク機器", None, "接続元制限を実施している", "ネットワーク機器", "接続元制限を実施している",
  dict(fa="はい", fd=D(2024,10,7))),
 ("インシデントに備えた対応", "3-(1)", "インシデント発生時における医療機関と事業者の連絡体制図がある", "インシデントに備えた対応",
  "インシデント発生時における医療機関と事業者の連絡体制図がある", dict(fa="はい", fd=D(2024,10,4))),
 ("インシデントに備えた対応", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している", "インシデントに備えた対応",
  "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している",
  dict(fa="はい", fd=D(2024,10,4))),
]

HDR = dict(vendorName="株式会社せとうち医療システム", targetSystem="電子カルテシステム（MegaKarte V8）",
           hospitalName="医療法人 旭水会 旭川中央病院")

def build(path):
    wb = Workbook(); ws = wb.active; ws.title = "チェックリスト（事業者確認用）"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    grey = PatternFill("solid", fgColor="D9D9D9")
    for col, w in zip("ABCDEFGHI", [8, 14, 52, 9, 12, 12, 9, 12, 28]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:I1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2"); ws["A2"] = "事業者確認用（令和6年度版）"; ws["A2"].alignment = Alignment(horizontal="center")
    for r, lab, key in [(4, "事業者名", "vendorName"), (5, "対象システム", "targetSystem"), (6, "提出先医療機関名", "hospitalName")]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1, lab).fill = grey
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.cell(r, 3, HDR[key])
        for c in range(1, 6): ws.cell(r, c).border = B
    ws["G4"] = "※ 1回目の確認で「いいえ」の場合は、目標日を記入してください。"
    ws["G5"] = "※ 日付は yyyy/m/d で入力"
    # two-row header
    ws.merge_cells("A8:A9"); ws["A8"] = "番号"
    ws.merge_cells("B8:B9"); ws["B8"] = "区分"
    ws.merge_cells("C8:C9"); ws["C8"] = "チェック項目"
    ws.merge_cells("D8:E8"); ws["D8"] = "1回目"
    ws.merge_cells("F8:F9"); ws["F8"] = "目標日"
    ws.merge_cells("G8:H8"); ws["G8"] = "2回目"
    ws.merge_cells("I8:I9"); ws["I8"] = "備考"
    ws["D9"] = "はい/いいえ"; ws["E9"] = "確認日"; ws["G9"] = "はい/いいえ"; ws["H9"] = "確認日"
    for r in (8, 9):
        for c in range(1, 10):
            ws.cell(r, c).border = B; ws.cell(r, c).alignment = ctr; ws.cell(r, c).fill = grey
    r0 = 10; r = r0
    groups = {}
    for grp, no, txt, sec, full, a in ROWS:
        ws.cell(r, 1, no); ws.cell(r, 2, grp); ws.cell(r, 3, txt)
        ws.cell(r, 4, a.get("fa")); ws.cell(r, 5, a.get("fd"))
        ws.cell(r, 6, a.get("td")); ws.cell(r, 7, a.get("sa")); ws.cell(r, 8, a.get("sd"))
        ws.cell(r, 9, a.get("rm"))
        for c in range(1, 10):
            ws.cell(r, c).border = B
            ws.cell(r, c).alignment = ctr if c in (1, 2, 4, 5, 6, 7, 8) else wrap
        for c in (5, 6, 8): ws.cell(r, c).number_format = "yyyy/m/d"
        groups.setdefault(grp, []).append(r)
        r += 1
    last = r - 1
    for grp, rs in groups.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv); dv.add(f"D{r0}:D{last}"); dv.add(f"G{r0}:G{last}")
    ws.cell(last + 2, 3, "「いいえ」の項目数（1回目）").alignment = Alignment(horizontal="right")
    ws.cell(last + 2, 4, f'=COUNTIF(D{r0}:D{last},"いいえ")')
    ws.cell(last + 3, 3, "記入者：せとうち医療システム 岡山サポートセンター 三宅").alignment = Alignment(horizontal="right")
    ws.freeze_panes = "D10"
    s2 = wb.create_sheet("選択肢"); s2["A1"] = "はい"; s2["A2"] = "いいえ"; s2.sheet_state = "hidden"
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
    wb.save(path)
    return r0

def expected(r0):
    ents = []
    for grp, no, txt, sec, full, a in ROWS:
        e = {"section": sec, "item": full}
        if no: e["itemNo"] = no
        e["firstAnswer"] = a["fa"]; e["firstDate"] = a["fd"].isoformat()
        if a.get("td"): e["targetDate"] = a["td"].isoformat()
        if a.get("sa"): e["secondAnswer"] = a["sa"]
        if a.get("sd"): e["secondDate"] = a["sd"].isoformat()
        if a.get("rm"): e["remarks"] = a["rm"]
        ents.append(e)
    return {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
            "values": dict(HDR, entries=ents), "planted": [],
            "notes": ("One vendor (electronic medical record vendor) per workbook. Table starts at row 10 under a "
                      "two-row merged header (1回目/2回目 each split into はい/いいえ and 確認日). 区分 column B is merged "
                      "vertically per group; device-class rows carry no item number (itemNo omitted). Item wording for "
                      "items other than 1-(1) and 2-(3) is the drawer's reconstruction of the vendor-side parallel items "
                      "(device-class items follow seed 004's lists for サーバ/端末PC/ネットワーク機器). Dates are Excel date "
                      "cells. Hidden sheet 選択肢 holds the はい/いいえ dropdown list. Row 28 holds a COUNTIF of いいえ "
                      "(cached by LibreOffice re-save) and row 29 a 記入者 line, neither is a field. 2回目 is filled only "
                      "for the いいえ item that was fixed; the other いいえ item (端末PC 不要ソフト停止) has a 目標日 of "
                      "2025-02-28 and no 2回目 yet.")}

if __name__ == "__main__":
    tmp = "/tmp/w44gen/" + NAME + ".xlsx"
    r0 = build(tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(r0), f, ensure_ascii=False, indent=2)
