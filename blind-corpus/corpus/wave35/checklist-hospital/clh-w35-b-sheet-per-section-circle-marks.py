#!/usr/bin/python3
"""clh-w35-b: MHLW 令和6年度版 チェックリスト（医療機関確認用）, a sheet per section, drawn by a hospital.

Sheets 1_体制構築 (医療機関名：value in one cell, 前提, 1-(1)), 2_管理・運用 (2-(1)..2-(3), then ■サーバ /
■端末PC / ■ネットワーク機器 sub-blocks, device items unnumbered), 3_インシデント対応, hidden sheet list.
Answers as ○ in the はい or いいえ column; dates typed as 和暦 text (R6.6.20, 令和6年8月30日).
Re-saved by LibreOffice.
Planted: 2-(3) 目標日 令和7年5月30日 is outside FY R6; 端末PC 不要サービス停止 answered with no 1回目 確認日.
Run:  PYTHONPATH=/tmp/clw-py /usr/bin/python3 THIS.py
"""
import json, os, re, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w35-b-sheet-per-section-circle-marks"
FACILITY = "社会医療法人 北斗会 北斗記念病院"

SEC1 = "体制構築"
SEC2 = "医療情報システムの管理・運用"
SEC3 = "インシデント発生に備えた対応"
SV, PC, NW = "サーバ", "端末PC", "ネットワーク機器"
T_AUTH = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_STOP = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"

D1 = "R6.6.20"
# rows: (kind, section, itemNo, item, fill) ; kind 'head' = sub-heading row, 'item' = answer row
# fill = (1回目, 1回目日 text, 目標日 text, 2回目, 2回目日 text, 備考)
SHEETS = [
    ("1_体制構築", "1．体制構築", [
        ("head", None, None, "【前提】", None),
        ("item", "前提", "前提", "医療情報システムを導入、運用している", ("はい", D1, None, None, None, None)),
        ("head", None, None, "【1】体制構築", None),
        ("item", SEC1, "1-(1)", "医療情報システム安全管理責任者を設置している",
         ("はい", D1, None, None, None, "事務部長（兼 医療情報管理委員長）")),
    ]),
    ("2_管理・運用", "2．医療情報システムの管理・運用", [
        ("item", SEC2, "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", ("はい", D1, None, None, None, None)),
        ("item", SEC2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
         ("いいえ", D1, "令和6年8月30日", "はい", "R6.8.22", "保守業者3社に確認")),
        ("item", SEC2, "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         ("いいえ", D1, "令和7年5月30日", None, None, "各事業者へ依頼済")),  # planted: 目標日 outside FY R6
        ("head", None, None, "■サーバ", None),
        ("item", SV, None, T_AUTH, ("はい", D1, None, None, None, None)),
        ("item", SV, None, T_ACCT, ("はい", D1, None, None, None, None)),
        ("item", SV, None, T_LOG, ("いいえ", D1, "令和6年12月27日", "はい", "R6.12.10", "ログ保存期間を1年に設定")),
        ("item", SV, None, T_PATCH, ("はい", D1, None, None, None, None)),
        ("item", SV, None, T_STOP, ("はい", D1, None, None, None, None)),
        ("head", None, None, "■端末PC", None),
        ("item", PC, None, T_AUTH, ("はい", D1, None, None, None, None)),
        ("item", PC, None, T_ACCT, ("いいえ", D1, "令和6年9月30日", "はい", "R6.9.27", None)),
        ("item", PC, None, T_PATCH, ("はい", D1, None, None, None, "WSUSで配信")),
        ("item", PC, None, T_STOP, ("はい", None, None, None, None, None)),  # planted: no 1回目 確認日
        ("head", None, None, "■ネットワーク機器", None),
        ("item", NW, None, T_PATCH, ("はい", D1, None, None, None, None)),
        ("item", NW, None, T_SRC, ("はい", D1, None, None, None, None)),
    ]),
    ("3_インシデント対応", "3．インシデント発生に備えた対応", [
        ("item", SEC3, "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         ("はい", D1, None, None, None, None)),
        ("item", SEC3, "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         ("はい", D1, None, None, None, None)),
        ("item", SEC3, "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         ("はい", D1, None, None, None, "R6.3策定")),
    ]),
]

thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")


def wareki_iso(t):
    """R6.6.20 / 令和6年8月30日 -> YYYY-MM-DD (Reiwa year + 2018)."""
    if not t:
        return None
    m = re.match(r"(?:R|令和)(\d+)[.年](\d+)[.月](\d+)日?$", t)
    y, mo, d = (int(x) for x in m.groups())
    return "%04d-%02d-%02d" % (y + 2018, mo, d)


def build():
    wb = Workbook()
    wb.remove(wb.active)
    lst = wb.create_sheet("list")
    lst["A1"] = "○"
    lst.sheet_state = "hidden"

    entries, where = [], []
    for si, (sname, title, rows) in enumerate(SHEETS):
        ws = wb.create_sheet(sname, index=si)
        for k, v in dict(A=7, B=54, C=5, D=5, E=11, F=15, G=5, H=5, I=11, J=26).items():
            ws.column_dimensions[k].width = v
        ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"
        ws["A1"].font = Font(bold=True, size=12)
        if si == 0:
            ws["A2"] = "医療機関名：" + FACILITY
            ws["A2"].font = Font(bold=True)
            ws["F2"] = "（該当する欄に○を記入）"
        ws["A3"] = title
        ws["A3"].font = Font(bold=True, size=11)
        h1, h2 = 4, 5
        for c, t in ((1, "No."), (2, "チェック項目"), (3, "1回目"), (6, "目標日"), (7, "2回目"), (10, "備考")):
            ws.cell(h1, c, t)
        for c in (1, 2, 6, 10):
            ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
        ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=5)
        ws.merge_cells(start_row=h1, start_column=7, end_row=h1, end_column=9)
        for c, t in ((3, "はい"), (4, "いいえ"), (5, "確認日"), (7, "はい"), (8, "いいえ"), (9, "確認日")):
            ws.cell(h2, c, t)
        for rr in (h1, h2):
            for cc in range(1, 11):
                cell = ws.cell(rr, cc)
                cell.border = box
                cell.alignment = center
                cell.font = Font(bold=True, size=9)
                cell.fill = PatternFill("solid", fgColor="E2EFDA")
        dv = DataValidation(type="list", formula1="list!$A$1", allow_blank=True)
        ws.add_data_validation(dv)
        r = h2 + 1
        for kind, sec, no, text, fill in rows:
            if kind == "head":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
                ws.cell(r, 1, text).font = Font(bold=True)
                for cc in range(1, 11):
                    ws.cell(r, cc).border = box
                    ws.cell(r, cc).fill = PatternFill("solid", fgColor="F2F2F2")
                r += 1
                continue
            a1, d1, tg, a2, d2, rem = fill
            ws.cell(r, 1, no if no else "・")
            ws.cell(r, 2, text)
            ws.cell(r, 3 if a1 == "はい" else 4, "○")
            if d1:
                ws.cell(r, 5, d1)
            if tg:
                ws.cell(r, 6, tg)
            if a2:
                ws.cell(r, 7 if a2 == "はい" else 8, "○")
            if d2:
                ws.cell(r, 9, d2)
            if rem:
                ws.cell(r, 10, rem)
            for cc in range(1, 11):
                cell = ws.cell(r, cc)
                cell.border = box
                cell.alignment = wrap if cc in (2, 10) else center
            for cc in (3, 4, 7, 8):
                dv.add(ws.cell(r, cc))
            ws.row_dimensions[r].height = 32
            e = dict(section=sec, item=text)
            if no and no != "前提":
                e["itemNo"] = no
            e["firstAnswer"] = a1
            if d1:
                e["firstDate"] = wareki_iso(d1)
            if tg:
                e["targetDate"] = wareki_iso(tg)
            if a2:
                e["secondAnswer"] = a2
            if d2:
                e["secondDate"] = wareki_iso(d2)
            if rem:
                e["remarks"] = rem
            entries.append(e)
            where.append((sname, r))
            r += 1
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToHeight = 0
    wb.active = 0

    tmpd = tempfile.mkdtemp(prefix="clhb-")
    raw = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(raw)
    outd = os.path.join(tmpd, "lo")
    os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(HERE, NAME + ".xlsx")
    shutil.copyfile(os.path.join(outd, NAME + ".xlsx"), out)
    shutil.rmtree(tmpd)

    i_mds = next(i for i, e in enumerate(entries) if e.get("itemNo") == "2-(3)")
    i_stop = next(i for i, e in enumerate(entries) if e["section"] == PC and e["item"] == T_STOP)
    s_mds, r_mds = where[i_mds]
    s_stop, r_stop = where[i_stop]
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": ["%s!F%d" % (s_mds, r_mds)], "paths": ["entries[%d].targetDate" % i_mds],
             "why": "目標日 令和7年5月30日 (2025-05-30) is outside the form's fiscal year 令和6年度 (ends 2025-03-31)"},
            {"cells": ["%s!E%d" % (s_stop, r_stop)], "paths": ["entries[%d].firstDate" % i_stop],
             "why": "1回目 answered (○ in はい) but the 1回目 確認日 is blank; every item needs a 1回目 answer and date"},
        ],
        "notes": ("Answers are ○ marks in the はい or いいえ column; dates are 和暦 text (R6.6.20 / 令和6年8月30日). "
                  "Sheets in order 1_体制構築, 2_管理・運用, 3_インシデント対応 (+ hidden 'list' holding ○ for the "
                  "drop-down); entries follow that order. Device items (under ■サーバ / ■端末PC / ■ネットワーク機器) "
                  "have no number ('・'), so no itemNo; the 前提 row shows '前提' in No., treated as no itemNo. "
                  "section = device class, else 前提 / 体制構築 / 医療情報システムの管理・運用 / "
                  "インシデント発生に備えた対応. 医療機関名 shares A2 with its label. Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    return out


if __name__ == "__main__":
    print(build())
