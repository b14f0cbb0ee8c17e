#!/usr/bin/python3
# clh-w1-e-r7-sheets: R7 (令和7年度版) 医療機関確認用 split over sheets: 表紙 (title block, 医療機関名, 確認日,
# 確認者, a COUNTIF total saved without cached value) + one sheet per section. 項番, two-row headers, a 対象機器
# column for device items (item text repeated on every device row), dates as Excel date cells shown in 和暦
# (令和7年6月9日). R7 additions (運用管理規程, password length / no reuse, USB・外部機器, 二要素認証) in my own
# wording. No planted problem.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clh-w1-e-r7-sheets"
OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date
WAREKI = '[$-411]ggge"年"m"月"d"日"'

T = {
    "P": "医療情報システムを導入、運用している",
    "1-(1)": "医療情報システム安全管理責任者を設置している",
    "1-(2)": "医療情報システムの運用管理規程を策定している",                                        # R7 addition (my wording)
    "2-(1)": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    "2-(2)": "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
    "2-(3)": "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
    "2-(4)": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    "2-(5)": "退職者や使用していないアカウント等、不要なアカウントを削除している",
    "2-(6)": "アクセスログを管理している",
    "2-(7)": "パスワードは英数字、記号を混在させた十分な長さとし、他の機器やサービスと使い回しをしていない",  # R7 (my wording)
    "2-(8)": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "2-(9)": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "2-(10)": "USBメモリ等の外部記録媒体や外部機器の接続を制限している",                              # R7 addition (my wording)
    "2-(11)": "二要素認証を導入している（令和9年度までに対応）",                                      # R7 addition (my wording)
    "2-(12)": "接続元制限を実施している",
    "3-(1)": "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    "3-(2)": "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    "3-(3)": "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}
S1, S2, S3 = "前提・1体制構築", "2管理運用", "3インシデント"
SECNAME = {S1: "体制構築", S2: "医療情報システムの管理・運用", S3: "インシデント発生に備えた対応"}
d1, d2, d3, d4 = D(2025, 6, 9), D(2025, 6, 10), D(2025, 6, 11), D(2025, 6, 12)
# (no, device, first, firstDate, target, second, secondDate, remarks)
SHEETS = [
    (S1, False, [
        ("P", None, "はい", d1, None, None, None, "電子カルテ、PACS、検査・薬剤部門システム"),
        ("1-(1)", None, "はい", d1, None, None, None, None),
        ("1-(2)", None, "いいえ", d1, D(2025, 9, 30), "はい", D(2025, 9, 26), "9月理事会で承認"),
    ]),
    (S2, True, [
        ("2-(1)", None, "はい", d2, None, None, None, None),
        ("2-(2)", None, "はい", d2, None, None, None, None),
        ("2-(3)", None, "はい", d2, None, None, None, "4社から受領"),
        ("2-(4)", "サーバ", "はい", d3, None, None, None, None),
        ("2-(4)", "端末PC", "はい", d3, None, None, None, None),
        ("2-(5)", "サーバ", "はい", d3, None, None, None, None),
        ("2-(5)", "端末PC", "はい", d3, None, None, None, None),
        ("2-(6)", "サーバ", "はい", d3, None, None, None, None),
        ("2-(7)", "サーバ", "はい", d3, None, None, None, None),
        ("2-(7)", "端末PC", "いいえ", d3, D(2025, 10, 31), "はい", D(2025, 10, 20), "共通パスワードを廃止"),
        ("2-(7)", "ネットワーク機器", "はい", d3, None, None, None, None),
        ("2-(8)", "サーバ", "はい", d3, None, None, None, None),
        ("2-(8)", "端末PC", "はい", d3, None, None, None, None),
        ("2-(8)", "ネットワーク機器", "はい", d3, None, None, None, "VPN装置ファーム更新（5月）"),
        ("2-(9)", "サーバ", "はい", d3, None, None, None, None),
        ("2-(9)", "端末PC", "はい", d3, None, None, None, None),
        ("2-(10)", "サーバ", "はい", d3, None, None, None, None),
        ("2-(10)", "端末PC", "いいえ", d3, D(2025, 8, 29), "はい", D(2025, 8, 22), "USB制御ソフト導入"),
        ("2-(11)", "サーバ", "いいえ", d3, D(2026, 3, 31), None, None, "電子カルテ更新時に導入予定"),
        ("2-(11)", "端末PC", "いいえ", d3, D(2026, 3, 31), None, None, "電子カルテ更新時に導入予定"),
        ("2-(12)", "ネットワーク機器", "はい", d3, None, None, None, None),
    ]),
    (S3, False, [
        ("3-(1)", None, "はい", d4, None, None, None, None),
        ("3-(2)", None, "はい", d4, None, None, None, None),
        ("3-(3)", None, "はい", d4, None, None, None, "令和7年3月策定"),
    ]),
]
FACILITY = "独立行政法人 ひなた医療センター"
CHECKED = D(2025, 10, 31)

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hfill = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
cov = wb.active
cov.title = "表紙"
cov.column_dimensions["A"].width = 3
cov.column_dimensions["B"].width = 22
cov.column_dimensions["C"].width = 44
cov.merge_cells("B2:C2")
cov["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
cov["B2"].font = Font(size=14, bold=True)
cov.merge_cells("B3:C3")
cov["B3"] = "医療機関確認用　令和7年度版"
cov["B3"].font = Font(size=12)
rows = [("医療機関名", FACILITY), ("確認日", CHECKED), ("確認者", "医療情報部 システム管理室 山本"),
        ("「はい」の項目数", None), ("「いいえ」の項目数", None)]
for i, (lab, val) in enumerate(rows, 5):
    cov.cell(row=i, column=2, value=lab).border = B
    c = cov.cell(row=i, column=3, value=val)
    c.border = B
    cov.cell(row=i, column=2).fill = hfill
cov["C6"].number_format = WAREKI
cov["C6"].alignment = Alignment(horizontal="left")
notes = ["※ 各シートの項目について1回目の確認結果と確認日を記入してください。",
         "※ 「いいえ」の項目は対応目標日を記入し、対応後に2回目の確認結果を記入してください。",
         "※ 前提が「いいえ」の場合は以降の記入は不要です。",
         "※ 令和7年度版で追加された項目は項番の後に★を付しています（文言は院内で要約）。"]
for i, n in enumerate(notes, 11):
    cov.cell(row=i, column=2, value=n).font = Font(size=9)

R7ADD = {"1-(2)", "2-(7)", "2-(10)", "2-(11)"}
entries = []
for sname, has_dev, items in SHEETS:
    ws = wb.create_sheet(sname)
    ws["A1"] = {S1: "前提／1 体制構築", S2: "2 医療情報システムの管理・運用", S3: "3 インシデント発生に備えた対応"}[sname]
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = f"医療機関名　{FACILITY}"
    cols = ["項番", "確認項目", "対象機器", "1回目", None, "目標日", "2回目", None, "備考"]
    widths = (8, 50, 14, 9, 17, 17, 9, 17, 26)
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    # layout: A 項番, B 確認項目, C 対象機器, D 1回目回答, E 1回目確認日, F 目標日, G 2回目回答, H 2回目確認日, I 備考
    ws.merge_cells("A4:A5"); ws["A4"] = "項番"
    ws.merge_cells("B4:B5"); ws["B4"] = "確認項目"
    ws.merge_cells("C4:C5"); ws["C4"] = "対象機器"
    ws.merge_cells("D4:E4"); ws["D4"] = "1回目"
    ws["D5"], ws["E5"] = "回答", "確認日"
    ws.merge_cells("F4:F5"); ws["F4"] = "目標日"
    ws.merge_cells("G4:H4"); ws["G4"] = "2回目"
    ws["G5"], ws["H5"] = "回答", "確認日"
    ws.merge_cells("I4:I5"); ws["I4"] = "備考"
    for r in (4, 5):
        for col in "ABCDEFGHI":
            c = ws[f"{col}{r}"]
            c.border = B; c.alignment = center; c.font = Font(bold=True); c.fill = hfill
    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)
    r = 6
    for (no, dev, fa, fd, td, sa, sd, rem) in items:
        ws.cell(row=r, column=1, value="前提" if no == "P" else (no + ("★" if no in R7ADD else "")))
        ws.cell(row=r, column=2, value=T[no])
        ws.cell(row=r, column=3, value=dev if dev else ("－" if has_dev else None))
        ws.cell(row=r, column=4, value=fa)
        ws.cell(row=r, column=5, value=fd)
        ws.cell(row=r, column=6, value=td)
        ws.cell(row=r, column=7, value=sa)
        ws.cell(row=r, column=8, value=sd)
        ws.cell(row=r, column=9, value=rem)
        for col in range(1, 10):
            c = ws.cell(row=r, column=col)
            c.border = B
            c.alignment = wrap if col in (2, 9) else center
        for col in (5, 6, 8):
            ws.cell(row=r, column=col).number_format = WAREKI
        dv.add(f"D{r}"); dv.add(f"G{r}")
        e = {"section": "前提" if no == "P" else (dev or SECNAME[sname]), "item": T[no]}
        if no != "P":
            e["itemNo"] = no
        e["firstAnswer"] = fa
        e["firstDate"] = fd.isoformat()
        if td: e["targetDate"] = td.isoformat()
        if sa: e["secondAnswer"] = sa
        if sd: e["secondDate"] = sd.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 1
    if not has_dev:
        ws.column_dimensions["C"].hidden = True
    ws.freeze_panes = "D6"

# cover totals: COUNTIF over the 1回目 answer column D of each item sheet (no cached value)
cnt = lambda w: "+".join(f"COUNTIF('{s}'!D:D,\"{w}\")" for s in (S1, S2, S3))
cov["C8"] = "=" + cnt("はい")
cov["C9"] = "=" + cnt("いいえ")
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R7",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "checkedOn": CHECKED.isoformat(), "entries": entries},
    "planted": [],
    "notes": ("R7 form, no planted problem. Cover sheet '表紙' holds 医療機関名, 確認日 (checkedOn, a date cell shown as "
              "令和7年10月31日 — the date the sheet was last brought up to date, after all 2回目 checks), 確認者 (not a "
              "form field) and two COUNTIF formulas saved by openpyxl without cached values (not form fields). "
              "Items are on three sheets in order 前提・1体制構築 → 2管理運用 → 3インシデント; entries follow that order. "
              "All dates are real Excel date cells with a 和暦 number format [$-411]ggge\"年\"m\"月\"d\"日\". "
              "項番 is my numbering; R7 additions are marked ★ after the 項番 in the cell (itemNo given without ★). "
              "R7 wording used (mine; the primary text was not available): 1-(2) 医療情報システムの運用管理規程を策定している; "
              "2-(7) パスワードは英数字、記号を混在させた十分な長さとし、他の機器やサービスと使い回しをしていない (replaces "
              "the R6 '8文字以上・定期的に変更' item, asked for サーバ/端末PC/ネットワーク機器); 2-(10) USBメモリ等の外部記録媒体や"
              "外部機器の接続を制限している; 2-(11) 二要素認証を導入している（令和9年度までに対応）. Device column shows '－' on "
              "the 2-(1)…2-(3) rows (no device class) — section for those is 医療情報システムの管理・運用. The 対象機器 column "
              "is hidden on the two sheets without device items. 2-(11) いいえ rows have 目標日 2026-03-31 (within FY R7)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
print("ok", len(entries))
