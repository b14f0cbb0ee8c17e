#!/usr/bin/python3
"""Generator for clv-w37-a-print-two-row-header.xlsx (checklist-vendor, R6).
Vendor's quality/security staff fills the MHLW-style 事業者確認用 sheet; saved by openpyxl, re-saved by LibreOffice.
Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 THIS.py
"""
import datetime as dt, os, subprocess, shutil, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w37-a-print-two-row-header.xlsx"
TMP = "/tmp/clvins_work/a_src"
D = dt.datetime

# (no, section, text shown, 1st ans, 1st date, target, 2nd ans, 2nd date, remarks)
ROWS = [
  ("1-(1)", "体制構築", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", D(2024,10,4), None, None, None, "品質保証部長を管理責任者に任命（2023年4月〜）"),
  ("2-(1)", "医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", D(2024,10,4), None, None, None, None),
  ("2-(2)", "医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を確認した", "はい", D(2024,10,4), None, None, None, "リモート保守回線1系統（SSL-VPN）"),
  ("2-(3)", "医療情報システムの管理・運用", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ", D(2024,10,4), D(2024,11,29), "はい", D(2024,11,18), "SDS第2版を11/18提出"),
  ("", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,10,7), None, None, None, None),
  ("", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024,10,7), None, None, None, None),
  ("", "サーバ", "アクセスログを管理している", "はい", D(2024,10,7), None, None, None, "ログ保存期間 1年"),
  ("", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,7), None, None, None, None),
  ("", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024,10,7), None, None, None, None),
  ("", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,10,7), None, None, None, None),
  ("", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024,10,7), None, None, None, None),
  ("", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "いいえ", D(2024,10,7), D(2025,1,31), "はい", D(2025,1,24), "端末82台中14台が未適用→1月定期保守で適用完了"),
  ("", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024,10,7), None, None, None, None),
  ("", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,8), None, None, None, "UTM・L3SW ファーム最新版"),
  ("", "ネットワーク機器", "接続元制限を実施している", "はい", D(2024,10,8), None, None, None, None),
  ("3-(1)", "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", D(2024,10,8), None, None, None, None),
  ("3-(2)", "インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", D(2024,10,8), None, None, None, "復旧手順書 Ver.3"),
]

def build(path):
    wb = Workbook(); ws = wb.active; ws.title = "事業者確認用"
    thin = Side(style="thin"); med = Side(style="medium")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    hdrfill = PatternFill("solid", fgColor="DDEBF7")
    widths = {"A": 7, "B": 14, "C": 52, "D": 8, "E": 11, "F": 11, "G": 8, "H": 11, "I": 30}
    for k, v in widths.items(): ws.column_dimensions[k].width = v

    ws.merge_cells("A1:I1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2"); ws["A2"] = "【事業者確認用】（令和6年度版）"
    ws["A2"].alignment = Alignment(horizontal="center"); ws["A2"].font = Font(bold=True)

    hdr = [("事業者名", "株式会社メディフォート・システムズ 岡山営業所"),
           ("対象システム", "電子カルテシステム MediFort EHR（サーバ・端末・院内LAN一式）"),
           ("提出先医療機関名", "医療法人 清風会 旭東中央病院")]
    for i, (lab, val) in enumerate(hdr):
        r = 4 + i
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1, lab).fill = hdrfill
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
        ws.cell(r, 3, val)
        for c in range(1, 7):
            ws.cell(r, c).border = box
            ws.cell(r, c).alignment = Alignment(vertical="center")

    ws.merge_cells("A8:I8")
    ws["A8"] = ("※ 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入し、対応後に2回目の確認を行ってください。"
                "　※ 確認日は年月日で記入してください。")
    ws["A8"].alignment = Alignment(wrap_text=True); ws["A8"].font = Font(size=9)
    ws.row_dimensions[8].height = 28

    # two-row header
    H1, H2 = 10, 11
    for col, lab in ((1, "No."), (2, "区分"), (3, "チェック項目"), (6, "目標日"), (9, "備考")):
        ws.merge_cells(start_row=H1, start_column=col, end_row=H2, end_column=col)
        ws.cell(H1, col, lab)
    ws.merge_cells(start_row=H1, start_column=4, end_row=H1, end_column=5); ws.cell(H1, 4, "1回目")
    ws.merge_cells(start_row=H1, start_column=7, end_row=H1, end_column=8); ws.cell(H1, 7, "2回目")
    ws.cell(H2, 4, "回答"); ws.cell(H2, 5, "確認日"); ws.cell(H2, 7, "回答"); ws.cell(H2, 8, "確認日")
    for r in (H1, H2):
        for c in range(1, 10):
            cell = ws.cell(r, c); cell.border = box; cell.alignment = ctr; cell.fill = hdrfill
            cell.font = Font(bold=True)

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)
    r0 = H2 + 1
    for i, row in enumerate(ROWS):
        r = r0 + i
        no, sec, text, a1, d1, tg, a2, d2, rem = row
        vals = [no or None, sec, text, a1, d1, tg, a2, d2, rem]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v); cell.border = box
            cell.alignment = wrap if c in (3, 9) else ctr
            if isinstance(v, dt.datetime): cell.number_format = "yyyy/m/d"
        ws.row_dimensions[r].height = 30
        dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
    # merge section cells vertically
    start = 0
    for i in range(1, len(ROWS) + 1):
        if i == len(ROWS) or ROWS[i][1] != ROWS[start][1]:
            if i - 1 > start:
                ws.merge_cells(start_row=r0 + start, start_column=2, end_row=r0 + i - 1, end_column=2)
            start = i
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "10:11"
    wb.save(path)

def write_expected():
    import json
    ents = []
    for no, sec, text, a1, d1, tg, a2, d2, rem in ROWS:
        e = {"section": sec, "item": text}
        if no: e["itemNo"] = no
        e["firstAnswer"] = a1; e["firstDate"] = d1.strftime("%Y-%m-%d")
        if tg: e["targetDate"] = tg.strftime("%Y-%m-%d")
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.strftime("%Y-%m-%d")
        if rem: e["remarks"] = rem
        ents.append(e)
    exp = {"form": "checklist-vendor", "version": "R6", "file": NAME,
           "values": {"vendorName": "株式会社メディフォート・システムズ 岡山営業所",
                      "targetSystem": "電子カルテシステム MediFort EHR（サーバ・端末・院内LAN一式）",
                      "hospitalName": "医療法人 清風会 旭東中央病院",
                      "entries": ents},
           "planted": [],
           "notes": ("Single sheet 事業者確認用, two-row header (1回目/2回目 each 回答+確認日), section column B merged "
                     "vertically over its rows; dates are Excel date cells; re-saved by LibreOffice. Item numbers shown only "
                     "for 1-(1), 2-(1)..2-(3), 3-(1), 3-(2); device-class rows have no number. Vendor item wording beyond "
                     "1-(1) and 2-(3) is my reconstruction (vendor-side parallel of the hospital items); "
                     "2回目 filled only for the two items first answered いいえ.")}
    with open(os.path.join(OUT, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)

if __name__ == "__main__":
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, NAME)
    build(src)
    # re-save through LibreOffice, as the vendor's PC did
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("wrote", os.path.join(OUT, NAME))
    write_expected()
