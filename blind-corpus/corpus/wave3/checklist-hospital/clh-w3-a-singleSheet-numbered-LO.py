# Generator for clh-w3-a-singleSheet-numbered-LO.xlsx
# Role: prefecture (medical-affairs section) official drawing the MHLW 令和6年度版 医療機関確認用 checklist for
# its hospitals from the news article + catalogue: one sheet, numbered items, section rows, device-class
# sub-heading rows, answer and date in separate columns, drop-down はい/いいえ, Excel date cells, a COUNTIF
# total; hospital filled it and the file went through LibreOffice (re-saved, formula result cached).
# Planted problems: 2 (see expected.json).
import json, os, subprocess, shutil, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w3-a-singleSheet-numbered-LO"
FACILITY = "社会医療法人 潮風会 しおかぜ総合病院"
D = dt.date

IT = dict(
    pre="医療情報システムを導入、運用している",
    s11="医療情報システム安全管理責任者を設置している",
    s21="サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    s22="リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
    s23="事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
    acl="利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    acc="退職者や使用していないアカウント等、不要なアカウントを削除している",
    log="アクセスログを管理している",
    pat="セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    svc="バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    src="接続元制限を実施している",
    s31="インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    s32="インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    s33="サイバー攻撃を想定した事業継続計画（BCP）を策定している",
)
NO = dict(acl="2-(4)", acc="2-(5)", log="2-(6)", pat="2-(7)", svc="2-(8)", src="2-(9)")

d1 = D(2024, 9, 17)
d1b = D(2024, 9, 18)
# layout rows: ("S", number, heading) section; ("C", class) device-class sub-heading;
# ("I", section-key, itemkey, no, ans1(cell text), date1, target, ans2, date2, remarks)
ROWS = [
    ("S", "", "前提"),
    ("I", "前提", "pre", None, "はい", d1, None, None, None, None),
    ("S", "1", "体制構築"),
    ("I", "体制構築", "s11", "1-(1)", "はい", d1, None, None, None, "情報システム課長を任命（R5.4〜）"),
    ("S", "2", "医療情報システムの管理・運用"),
    ("I", "医療情報システムの管理・運用", "s21", "2-(1)", "いいえ", d1, D(2024, 12, 27), "はい", D(2024, 12, 20),
     "ネットワーク機器分の台帳が未整備だった"),
    ("I", "医療情報システムの管理・運用", "s22", "2-(2)", "はい ", d1, None, None, None, "電子カルテ・PACS・検体検査の3系統"),
    ("I", "医療情報システムの管理・運用", "s23", "2-(3)", "いいえ", d1, D(2025, 1, 31), None, None, "PACS事業者のSDS未受領"),
    ("C", "サーバ"),
    ("I", "サーバ", "acl", NO["acl"], "はい", d1, None, None, None, None),
    ("I", "サーバ", "acc", NO["acc"], "いいえ", d1, D(2024, 11, 29), "はい", D(2024, 11, 25), "退職者アカウント12件を削除"),
    ("I", "サーバ", "log", NO["log"], "はい", None, None, None, None, None),          # PLANTED: no 1回目 date
    ("I", "サーバ", "pat", NO["pat"], "はい", d1, None, None, None, None),
    ("I", "サーバ", "svc", NO["svc"], "はい", d1b, None, None, None, None),
    ("C", "端末PC"),
    ("I", "端末PC", "acl", NO["acl"], "はい", d1, None, None, None, None),
    ("I", "端末PC", "acc", NO["acc"], "はい ", d1, None, None, None, None),
    ("I", "端末PC", "pat", NO["pat"], "いいえ", d1b, D(2025, 6, 30), None, None,
     "Windows10端末の更改に合わせて対応"),                                             # PLANTED: 目標日 outside R6
    ("I", "端末PC", "svc", NO["svc"], "はい", d1b, None, None, None, None),
    ("C", "ネットワーク機器"),
    ("I", "ネットワーク機器", "pat", NO["pat"], "はい", d1b, None, None, None, "UTM・L3SWとも最新FW"),
    ("I", "ネットワーク機器", "src", NO["src"], "はい", d1b, None, None, None, None),
    ("S", "3", "インシデント発生に備えた対応"),
    ("I", "インシデント発生に備えた対応", "s31", "3-(1)", "はい", d1, None, None, None, None),
    ("I", "インシデント発生に備えた対応", "s32", "3-(2)", "はい", d1, None, None, None, "バックアップ復旧訓練 年1回"),
    ("I", "インシデント発生に備えた対応", "s33", "3-(3)", "いいえ", d1, D(2025, 3, 31), None, None,
     "BCP（サイバー攻撃編）を策定中\n3月の運営会議で承認予定"),
]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックリスト(医療機関確認用)"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    hdr = PatternFill("solid", fgColor="BDD7EE")
    secf = PatternFill("solid", fgColor="E2EFDA")
    clsf = PatternFill("solid", fgColor="F2F2F2")
    for k, v in dict(A=8, B=60, C=9, D=12, E=12, F=9, G=12, H=32).items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:H1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["H2"] = "医療機関確認用"
    ws["H2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A4:B4")
    ws["A4"] = "医療機関名"
    ws.merge_cells("C4:H4")
    ws["C4"] = FACILITY
    for c in "ABCDEFGH":
        ws[f"{c}4"].border = box
    ws["A4"].fill = hdr
    ws["A5"] = "※ 回答欄はプルダウンから「はい」「いいえ」を選択し、確認日を入力してください。「いいえ」の場合は目標日を入力してください。"
    ws["A6"] = "※ 前提が「いいえ」の場合、以下の項目の記入は不要です。"

    ws.merge_cells("A8:A9"); ws["A8"] = "番号"
    ws.merge_cells("B8:B9"); ws["B8"] = "チェック項目"
    ws.merge_cells("C8:D8"); ws["C8"] = "1回目"
    ws["C9"] = "回答"; ws["D9"] = "確認日"
    ws.merge_cells("E8:E9"); ws["E8"] = "目標日"
    ws.merge_cells("F8:G8"); ws["F8"] = "2回目"
    ws["F9"] = "回答"; ws["G9"] = "確認日"
    ws.merge_cells("H8:H9"); ws["H8"] = "備考"
    for rr in (8, 9):
        for c in "ABCDEFGH":
            ws[f"{c}{rr}"].border = box
            ws[f"{c}{rr}"].alignment = center
            ws[f"{c}{rr}"].fill = hdr

    dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
    ws.add_data_validation(dv)

    entries = []
    cellmap = {}
    r = 10
    first_item_row = None
    for row in ROWS:
        if row[0] == "S":
            ws[f"A{r}"] = row[1] if row[1] else None
            ws[f"B{r}"] = row[2]
            for c in "ABCDEFGH":
                ws[f"{c}{r}"].fill = secf
                ws[f"{c}{r}"].border = box
                ws[f"{c}{r}"].font = Font(bold=True)
            ws[f"A{r}"].alignment = center
        elif row[0] == "C":
            ws[f"B{r}"] = row[1]
            ws[f"B{r}"].alignment = Alignment(indent=1)
            for c in "ABCDEFGH":
                ws[f"{c}{r}"].fill = clsf
                ws[f"{c}{r}"].border = box
        else:
            _, sec, key, no, a1, dd1, tgt, a2, dd2, rem = row
            if first_item_row is None:
                first_item_row = r
            if no:
                ws[f"A{r}"] = no
            ws[f"B{r}"] = IT[key]
            ws[f"C{r}"] = a1
            if dd1:
                ws[f"D{r}"] = dd1
            if tgt:
                ws[f"E{r}"] = tgt
            if a2:
                ws[f"F{r}"] = a2
            if dd2:
                ws[f"G{r}"] = dd2
            if rem:
                ws[f"H{r}"] = rem
            for c in "DEG":
                ws[f"{c}{r}"].number_format = "yyyy/mm/dd"
            for c in "ABCDEFGH":
                ws[f"{c}{r}"].border = box
                ws[f"{c}{r}"].alignment = wrap if c in "BH" else center
            dv.add(f"C{r}")
            dv.add(f"F{r}")
            e = {"section": sec, "item": IT[key]}
            if no:
                e["itemNo"] = no
            e["firstAnswer"] = a1.strip()
            if dd1:
                e["firstDate"] = dd1.isoformat()
            if tgt:
                e["targetDate"] = tgt.isoformat()
            if a2:
                e["secondAnswer"] = a2.strip()
            if dd2:
                e["secondDate"] = dd2.isoformat()
            if rem:
                e["remarks"] = rem
            cellmap[len(entries)] = r
            entries.append(e)
        r += 1
    last = r - 1
    r += 1
    ws[f"B{r}"] = "1回目「いいえ」の件数"
    ws[f"B{r}"].alignment = Alignment(horizontal="right")
    ws[f"C{r}"] = f'=COUNTIF(C{first_item_row}:C{last},"いいえ")'
    ws[f"C{r}"].border = box
    ws.freeze_panes = "C10"
    ws.print_title_rows = "8:9"
    wb.save(path)
    return entries, cellmap


def main():
    tmpd = tempfile.mkdtemp()
    raw = os.path.join(tmpd, NAME + ".xlsx")
    entries, cellmap = build(raw)
    outd = os.path.join(tmpd, "out")
    os.makedirs(outd)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmpd, "profile"), "--headless", "--convert-to", "xlsx", "--outdir", outd, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmpd)

    sh = "チェックリスト(医療機関確認用)"
    log_i = next(i for i, e in enumerate(entries) if e["section"] == "サーバ" and e["item"] == IT["log"])
    pat_i = next(i for i, e in enumerate(entries) if e["section"] == "端末PC" and e["item"] == IT["pat"])
    expected = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{sh}!D{cellmap[log_i]}"], "paths": [f"entries[{log_i}].firstDate"],
             "why": "1回目の回答（はい）はあるが確認日が空欄（全項目に1回目の回答と確認日が必要）"},
            {"cells": [f"{sh}!E{cellmap[pat_i]}"], "paths": [f"entries[{pat_i}].targetDate"],
             "why": "1回目「いいえ」の目標日 2025-06-30 が令和6年度（2025-03-31まで）の範囲外"},
        ],
        "notes": (
            "MHLW 令和6年度版 医療機関確認用, drawn from the article/catalogue. Section-2 device items follow the article's R6 "
            "matrix (サーバ: 5 items, 端末PC: 4, ネットワーク機器: 2; the password item is not on this R6 sheet). Device items are "
            "numbered by item kind (2-(4) アクセス権限 … 2-(9) 接続元制限) and repeat under each device-class sub-heading row; "
            "those numbers are this prefecture's own. section = the section row text (前提, 体制構築, 医療情報システムの管理・運用, "
            "インシデント発生に備えた対応) or the device-class row (サーバ, 端末PC, ネットワーク機器); the number in column A of a "
            "section row is not part of the section. Two answers carry a trailing space ('はい '). Dates are Excel date cells. "
            "The file was re-saved by LibreOffice; the COUNTIF total below the table has a cached value."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
