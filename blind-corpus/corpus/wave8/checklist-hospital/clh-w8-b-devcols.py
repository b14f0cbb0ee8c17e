#!/usr/bin/python3
"""Generator for clh-w8-b-devcols.xlsx (checklist-hospital, R7, 医療機関確認用) — 2 planted problems.

Role: システム管理課 of a hospital in 福岡市 (福岡県). The office's own workbook for the 令和7年度版:
a cover sheet (医療機関名, 確認日 as 和暦 text), then a sheet per section; on the 管理・運用 sheet a
second table has the device classes as column groups (サーバ / 端末PC / ネットワーク機器, each
1回目 | 目標日 | 2回目), not-applicable cells greyed with 「－」. Answer and date in one cell
(「はい (6/10)」), year-less dates (R7 form: Apr–Dec = 2025, Jan–Mar = 2026), one target written
with its era year. A hidden sheet holds the drop-down list.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave8/checklist-hospital"
NAME = "clh-w8-b-devcols"
FACILITY = "医療法人 博愛会 香椎浜病院"
CHECKED_ON = ("令和7年6月16日", "2025-06-16")

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
F = Font(name="ＭＳ Ｐゴシック", size=10)
FB = Font(name="ＭＳ Ｐゴシック", size=10, bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HDR = PatternFill("solid", fgColor="C6E0B4")
NA = PatternFill("solid", fgColor="BFBFBF")


def iso_from_md(md):
    """year-less m/d on an R7 form -> ISO"""
    m, d = map(int, md.split("/"))
    y = 2026 if m <= 3 else 2025
    return "%04d-%02d-%02d" % (y, m, d)


def ans(first, d1, tgt=None, second=None, d2=None, rem=None, tgt_cell=None):
    """Returns (cells, entry). cells = (1回目 text, 目標日 text, 2回目 text)."""
    c1 = "%s (%s)" % (first, d1) if d1 else first
    if tgt_cell is not None:
        ct = tgt_cell
    else:
        ct = "(%s)" % tgt if tgt else None
    c2 = "%s (%s)" % (second, d2) if second else None
    e = {"firstAnswer": first}
    if d1:
        e["firstDate"] = iso_from_md(d1)
    if tgt:
        e["targetDate"] = iso_from_md(tgt) if "/" in tgt else tgt
    if second:
        e["secondAnswer"] = second
        e["secondDate"] = iso_from_md(d2)
    if rem:
        e["remarks"] = rem
    return (c1, ct, c2, rem), e


def header(ws, row, titles, widths):
    for i, (t, w) in enumerate(zip(titles, widths), start=1):
        c = ws.cell(row=row, column=i, value=t)
        c.font = FB
        c.fill = HDR
        c.border = box
        c.alignment = CENTER
        ws.column_dimensions[get_column_letter(i)].width = w


def simple_table(ws, start_row, rows, section, entries, dv):
    """rows: (番号, displayed item, canonical item, (cells, entry))"""
    r = start_row
    for no, disp, canon, (cells, e) in rows:
        vals = [no, disp, cells[0], cells[1], cells[2], cells[3]]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.font = F
            c.border = box
            c.alignment = WRAP if i in (2, 6) else CENTER
        dv.add("C%d" % r)
        dv.add("E%d" % r)
        ws.row_dimensions[r].height = 30
        ent = {"section": section, "item": canon}
        if no:
            ent["itemNo"] = no
        ent.update(e)
        entries.append(ent)
        r += 1
    return r


def main():
    wb = Workbook()
    cover = wb.active
    cover.title = "表紙"
    cover["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度版）"
    cover["B2"].font = Font(name="ＭＳ Ｐゴシック", size=14, bold=True)
    cover["B3"] = "医療機関確認用"
    cover["B3"].font = FB
    labels = [("医療機関名", FACILITY), ("確認日", CHECKED_ON[0]), ("記入部署", "システム管理課")]
    for i, (k, v) in enumerate(labels, start=5):
        cover.cell(row=i, column=2, value=k).font = FB
        cover.cell(row=i, column=2).border = box
        cover.cell(row=i, column=2).fill = HDR
        cover.cell(row=i, column=3, value=v).font = F
        cover.cell(row=i, column=3).border = box
    cover.column_dimensions["B"].width = 14
    cover.column_dimensions["C"].width = 40
    notes = [
        "・各シートの1回目欄は「はい」「いいえ」のどちらかを残し、括弧内に確認日（月/日）を記入。",
        "・1回目が「いいえ」の項目は目標日（令和7年度内）を記入し、対応後に2回目欄を記入。",
        "・機器別の項目は、該当しない欄（－）は記入不要。",
    ]
    for i, t in enumerate(notes, start=9):
        cover.cell(row=i, column=2, value=t).font = Font(name="ＭＳ Ｐゴシック", size=9)

    lst = wb.create_sheet("リスト")
    lst["A1"] = "はい (　/　)"
    lst["A2"] = "いいえ (　/　)"
    lst.sheet_state = "hidden"

    entries = []
    cells = {}
    cols = ["番号", "チェック項目", "1回目", "目標日", "2回目", "備考"]
    widths = [8, 62, 14, 12, 14, 36]

    def mkdv(ws):
        dv = DataValidation(type="list", formula1="リスト!$A$1:$A$2", allow_blank=True, showErrorMessage=False)
        ws.add_data_validation(dv)
        return dv

    # --- sheet 1: 前提・体制 ---------------------------------------------------------
    ws = wb.create_sheet("前提・体制")
    dv = mkdv(ws)
    ws["A1"] = "前提"
    ws["A1"].font = FB
    header(ws, 2, cols, widths)
    r = simple_table(ws, 3, [
        (None, "医療情報システムを導入、運用している", "医療情報システムを導入、運用している",
         ans("はい", "6/10")),
    ], "前提", entries, dv)
    ws.cell(row=r, column=2, value="※「いいえ」の場合は以降の記入不要").font = Font(name="ＭＳ Ｐゴシック", size=9)
    r += 2
    ws.cell(row=r, column=1, value="1 体制構築").font = FB
    header(ws, r + 1, cols, widths)
    simple_table(ws, r + 2, [
        ("1-(1)", "医療情報システム安全管理責任者を設置している", "医療情報システム安全管理責任者を設置している",
         ans("はい", "6/10", rem="事務部長が兼務")),
        ("1-(2)", "医療情報システムの運用管理規程を定めている", "医療情報システムの運用管理規程を定めている",
         ans("いいえ", "6/10", "9/30", "はい", "9/26", "9/26 理事会承認")),
    ], "体制構築", entries, dv)

    # --- sheet 2: 管理・運用 (two tables) -------------------------------------------
    ws = wb.create_sheet("管理・運用")
    dv = mkdv(ws)
    ws["A1"] = "2 医療情報システムの管理・運用"
    ws["A1"].font = FB
    header(ws, 2, cols, widths)
    r = simple_table(ws, 3, [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
         ans("はい", "6/11")),
        ("2-(2)", "リモートメンテナンス（保守）利用機器の有無を事業者に確認した",
         "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", ans("はい", "6/11")),
        ("2-(3)", "事業者から医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         ans("いいえ", "6/11", "8/29", "はい", "8/22", "部門システム2社分が未提出→8/22受領")),
    ], "医療情報システムの管理・運用", entries, dv)

    r += 1
    ws.cell(row=r, column=1, value="機器別の確認項目（該当しない欄は「－」）").font = FB
    t1 = r + 1
    t2 = r + 2
    classes = ["サーバ", "端末PC", "ネットワーク機器"]
    ws.cell(row=t1, column=1, value="確認項目")
    ws.merge_cells(start_row=t1, start_column=1, end_row=t2, end_column=2)
    for k, cls in enumerate(classes):
        c0 = 3 + 3 * k
        ws.cell(row=t1, column=c0, value=cls)
        ws.merge_cells(start_row=t1, start_column=c0, end_row=t1, end_column=c0 + 2)
        for j, sub in enumerate(["1回目", "目標日", "2回目"]):
            ws.cell(row=t2, column=c0 + j, value=sub)
    for rr in (t1, t2):
        for cc in range(1, 12):
            c = ws.cell(row=rr, column=cc)
            c.font = FB
            c.fill = HDR
            c.border = box
            c.alignment = CENTER
    for cc in range(3, 12):
        ws.column_dimensions[get_column_letter(cc)].width = 13

    X = None  # not applicable
    dev_rows = [
        ("利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定",
         "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
         [ans("はい", "6/12"), ans("はい", "6/12"), ans("はい", "6/13")]),
        ("退職者・未使用アカウント等、不要なアカウントを削除",
         "退職者や使用していないアカウント等、不要なアカウントを削除している",
         [ans("はい", "6/12"), ans("いいえ", "6/12", "7/31", "はい", "7/25"), ans("はい", "6/13")]),
        ("アクセスログを管理", "アクセスログを管理している",
         [ans("はい", "6/12"), ans("はい", "6/12"), ans("いいえ", "6/13", "12/26")]),
        ("パスワードは英数字・記号混在の8文字以上とし定期的に変更",
         "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
         [ans("はい", "6/12"), ans("はい", "6/12"), ans("はい", "6/13")]),
        # PLANTED (端末PC): いいえ without 目標日
        ("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用",
         "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
         [ans("はい", "6/12"), ans("いいえ", "6/12"), ans("はい", "6/13")]),
        ("バックグラウンドで動作している不要なソフトウェア・サービスを停止",
         "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
         [ans("はい", "6/12"), ans("はい", "6/12"), ans("はい", "6/13")]),
        # PLANTED (ネットワーク機器): 目標日 outside 令和7年度
        ("接続元制限を実施", "接続元制限を実施している",
         [X, X, ans("いいえ", "6/13", "2026-05-29", tgt_cell="(R8.5.29)")]),
        ("パスワードは十分な長さとし、複数の機器・サービスで使い回さない",
         "パスワードは十分な長さとし、複数の機器・サービスで使い回しをしていない",
         [ans("はい", "6/12"), ans("はい", "6/12"), ans("はい", "6/13")]),
        ("USBストレージ等の外部記録媒体・外部機器の接続を制限",
         "USBストレージ等の外部記録媒体や外部機器の接続を制限している",
         [ans("はい", "6/12"), ans("いいえ", "6/12", "3/31"), X]),
        ("二要素認証を導入（令和9年度までに）", "二要素認証を導入している（令和9年度までに実装）",
         [ans("はい", "6/12"), ans("いいえ", "6/12", "2/27"), X]),
    ]
    r = t2 + 1
    for i, (disp, canon, per) in enumerate(dev_rows, start=1):
        ws.cell(row=r, column=1, value=disp)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for k, cls in enumerate(classes):
            c0 = 3 + 3 * k
            a = per[k]
            if a is None:
                for j in range(3):
                    c = ws.cell(row=r, column=c0 + j, value="－")
                    c.fill = NA
                continue
            (c1, ct, c2, _rem), e = a
            ws.cell(row=r, column=c0, value=c1)
            if ct:
                ws.cell(row=r, column=c0 + 1, value=ct)
            if c2:
                ws.cell(row=r, column=c0 + 2, value=c2)
            dv.add(ws.cell(row=r, column=c0).coordinate)
            dv.add(ws.cell(row=r, column=c0 + 2).coordinate)
            ent = {"section": cls, "item": canon}
            ent.update(e)
            cells[(canon, cls)] = (len(entries), [ws.cell(row=r, column=c0 + j).coordinate for j in range(3)])
            entries.append(ent)
        for cc in range(1, 12):
            c = ws.cell(row=r, column=cc)
            c.font = F
            c.border = box
            c.alignment = WRAP if cc <= 2 else CENTER
        ws.row_dimensions[r].height = 30
        r += 1
    ws.freeze_panes = "C3"

    # --- sheet 3: インシデント対応 ----------------------------------------------------
    ws = wb.create_sheet("インシデント対応")
    dv = mkdv(ws)
    ws["A1"] = "3 インシデント発生に備えた対応"
    ws["A1"].font = FB
    header(ws, 2, cols, widths)
    simple_table(ws, 3, [
        ("3-(1)", "インシデント発生時の組織内・外部関係機関（事業者、厚労省、警察等）への連絡体制図がある",
         "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         ans("はい", "6/13")),
        ("3-(2)", "診療継続に必要な情報を検討し、バックアップの実施と復旧手順を確認している",
         "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         ans("はい", "6/13", rem="オフラインバックアップは月1回テスト")),
        ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
         ans("いいえ", "6/13", "11/28", "はい", "11/20", "11/20 BCP策定・周知")),
    ], "インシデント発生に備えた対応", entries, dv)

    for s in wb.worksheets:
        if s.sheet_state == "visible":
            s.page_setup.orientation = "landscape"
            s.page_setup.paperSize = s.PAPERSIZE_A4
            s.sheet_properties.pageSetUpPr.fitToPage = True
            s.page_setup.fitToWidth = 1
            s.page_setup.fitToHeight = 0

    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    patch_idx, patch_cells = cells[("セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "端末PC")]
    acl_idx, acl_cells = cells[("接続元制限を実施している", "ネットワーク機器")]
    expected = {
        "form": "checklist-hospital",
        "version": "R7",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "checkedOn": CHECKED_ON[1], "entries": entries},
        "planted": [
            {"cells": ["管理・運用!" + patch_cells[1]],
             "paths": ["entries[%d].targetDate" % patch_idx],
             "why": "端末PCのセキュリティパッチ適用が1回目「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）"},
            {"cells": ["管理・運用!" + acl_cells[1]],
             "paths": ["entries[%d].targetDate" % acl_idx],
             "why": "ネットワーク機器の接続元制限の目標日 R8.5.29 (2026-05-29) が令和7年度 (〜2026-03-31) の範囲外"},
        ],
        "notes": "R7 form. Answer and date in one cell ('はい (6/10)'), the other option deleted; year-less dates on "
                 "this R7 form read as Apr-Dec 2025 / Jan-Mar 2026; one target written '(R8.5.29)'. checkedOn is the "
                 "cover sheet's 確認日 typed as 和暦 text. Device-class table on sheet 管理・運用 has the classes as "
                 "column groups; entries from it are listed row by row (サーバ, 端末PC, ネットワーク機器 for each "
                 "item row); greyed '－' cells are not applicable and give no entry. Section = the sheet's heading "
                 "without its number (前提 / 体制構築 / 医療情報システムの管理・運用 / インシデント発生に備えた対応) "
                 "or the device class. Item numbers 1-(1), 1-(2), 2-(x), 3-(x) as shown; device-table items have "
                 "no number (item text in merged A:B). Items are abbreviated in the workbook; item = catalogue "
                 "wording. The four R7 additions (1-(2) 運用管理規程, password length/no reuse, USB/external device "
                 "limits, two-factor authentication by 令和9年度) have no confirmed wording in the catalogue: the "
                 "'item' given for them is my own full wording of the catalogue's description, and the 1-(2) number "
                 "is this office's. Hidden sheet リスト holds the drop-down list only.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
