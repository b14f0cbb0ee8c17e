#!/usr/bin/python3
# clh-w1-b-sections-maru: R6 医療機関確認用, a hospital's own condensed sheet: no 項番, items grouped under
# section rows (■前提 / ■体制構築 / ■管理・運用 / ■ネットワーク機器 / ■サーバ / ■端末PC / ■インシデント対応),
# item text shortened, answers as ○ in a はい column or an いいえ column, dates typed as text (2024/10/8).
# Order differs from the catalogue (ネットワーク機器 before サーバ; inside sections some items swapped).
# Written by openpyxl, then re-saved by LibreOffice.  Two planted problems.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

NAME = "clh-w1-b-sections-maru"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "R6自己点検"

T = {
    "P": "医療情報システムを導入、運用している",
    "1-1": "医療情報システム安全管理責任者を設置している",
    "2-1": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    "2-2": "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
    "2-3": "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
    "acl": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    "acct": "退職者や使用していないアカウント等、不要なアカウントを削除している",
    "log": "アクセスログを管理している",
    "pw": "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
    "patch": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "svc": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "src": "接続元制限を実施している",
    "3-1": "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    "3-2": "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    "3-3": "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}
SHORT = {
    "P": "医療情報システムの導入・運用あり",
    "1-1": "安全管理責任者の設置",
    "2-1": "機器台帳（サーバ・PC・NW機器）の管理",
    "2-2": "リモート保守利用機器の有無を業者に確認",
    "2-3": "MDS/SDSを業者から提出してもらった",
    "acl": "職種・業務別のアクセス権限設定",
    "acct": "不要アカウント（退職者等）の削除",
    "log": "アクセスログの管理",
    "pw": "パスワード英数記号8文字以上・定期変更",
    "patch": "セキュリティパッチ適用（FW・更新プログラム）",
    "svc": "不要なソフト・サービスの停止",
    "src": "接続元制限",
    "3-1": "連絡体制図（院内・業者・厚労省・警察等）",
    "3-2": "診療継続に必要な情報の検討／バックアップ・復旧手順の確認",
    "3-3": "サイバー攻撃想定のBCP策定",
}
# (section row label, canonical section, [(key, first, firstDate, target, second, secondDate, remarks)])
# dates are the text typed in the cell
SECTIONS = [
    ("■前提", "前提", [("P", "はい", "2024/10/8", None, None, None, "電子カルテ、レセコン")]),
    ("■体制構築", "体制構築", [("1-1", "はい", "2024/10/8", None, None, None, "事務長")]),
    ("■管理・運用（システム全般）", "医療情報システムの管理・運用", [
        ("2-1", "はい", "2024/10/8", None, None, None, None),
        ("2-3", "いいえ", "2024/10/8", "2024/12/20", "はい", "2024/12/16", "電カル業者から受領済"),
        ("2-2", "はい", "2024/10/8", None, None, None, None),
    ]),
    ("■ネットワーク機器", "ネットワーク機器", [
        ("src", "いいえ", "2024/10/9", None, None, None, "業者と相談中"),          # planted: no 目標日
        ("patch", "はい", "2024/10/9", None, None, None, "ルータ・UTM"),
    ]),
    ("■サーバ", "サーバ", [
        ("acl", "はい", "2024/10/9", None, None, None, None),
        ("acct", "はい", "2024/10/9", None, None, None, None),
        ("log", "はい", "2024/10/9", None, None, None, None),
        ("pw", "はい", "2024/10/9", None, None, None, None),
        ("patch", "いいえ", "2024/10/9", "2025/1/31", "はい", "2025/1/28", "保守契約で四半期適用に変更"),
        ("svc", "はい", "2024/10/9", None, None, None, None),
    ]),
    ("■端末PC", "端末PC", [
        ("acl", "はい", "2024/10/10", None, None, None, None),
        ("acct", "はい", "2024/10/10", None, None, None, None),
        ("pw", "いいえ", "2024/10/10", "2025/3/31", None, None, "共用PCあり"),
        ("patch", "はい", "2024/10/10", None, None, None, None),
        ("svc", "はい", None, None, None, None, None),                        # planted: no 1回目 date
    ]),
    ("■インシデント対応", "インシデント発生に備えた対応", [
        ("3-1", "はい", "2024/10/10", None, None, None, None),
        ("3-3", "いいえ", "2024/10/10", "2025/3/31", None, None, None),
        ("3-2", "はい", "2024/10/10", None, None, None, "バックアップは外付HDD週1"),
    ]),
]

def iso(s):
    if not s:
        return None
    y, m, d = s.split("/")
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEFGHI", (46, 6, 6, 12, 12, 6, 6, 12, 26)):
    ws.column_dimensions[col].width = w

ws["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）R6"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "医療機関名：みなと中央病院"
ws["F2"] = "記入：医事課 佐藤"

ws.merge_cells("A4:A5"); ws["A4"] = "チェック項目"
ws.merge_cells("B4:D4"); ws["B4"] = "1回目"
ws["B5"], ws["C5"], ws["D5"] = "はい", "いいえ", "確認日"
ws.merge_cells("E4:E5"); ws["E4"] = "目標日"
ws.merge_cells("F4:H4"); ws["F4"] = "2回目"
ws["F5"], ws["G5"], ws["H5"] = "はい", "いいえ", "確認日"
ws.merge_cells("I4:I5"); ws["I4"] = "備考"
for r in (4, 5):
    for col in "ABCDEFGHI":
        c = ws[f"{col}{r}"]
        c.border = B; c.alignment = center; c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")

r = 6
entries, planted = [], []
for label, sec, items in SECTIONS:
    ws.cell(row=r, column=1, value=label).font = Font(bold=True)
    for col in range(1, 10):
        ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="E2EFDA")
        ws.cell(row=r, column=col).border = B
    r += 1
    for (k, fa, fd, td, sa, sd, rem) in items:
        ws.cell(row=r, column=1, value=SHORT[k])
        ws.cell(row=r, column=2 if fa == "はい" else 3, value="○")
        ws.cell(row=r, column=4, value=fd)
        ws.cell(row=r, column=5, value=td)
        if sa:
            ws.cell(row=r, column=6 if sa == "はい" else 7, value="○")
        ws.cell(row=r, column=8, value=sd)
        ws.cell(row=r, column=9, value=rem)
        for col in range(1, 10):
            c = ws.cell(row=r, column=col)
            c.border = B
            c.number_format = "@"
            if col in range(2, 9):
                c.alignment = center
        e = {"section": sec, "item": T[k], "firstAnswer": fa}
        if fd: e["firstDate"] = iso(fd)
        if td: e["targetDate"] = iso(td)
        if sa: e["secondAnswer"] = sa
        if sd: e["secondDate"] = iso(sd)
        if rem: e["remarks"] = rem
        idx = len(entries)
        entries.append(e)
        if sec == "ネットワーク機器" and k == "src":
            planted.append({"cells": [f"{SHEET}!E{r}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "1回目が「いいえ」(接続元制限, ネットワーク機器) なのに目標日が未記入"})
        if sec == "端末PC" and k == "svc":
            planted.append({"cells": [f"{SHEET}!D{r}"], "paths": [f"entries[{idx}].firstDate"],
                            "why": "1回目の確認日が未記入 (端末PC 不要なソフトウェア・サービスの停止; はい に○のみ)"})
        r += 1

ws.cell(row=r + 1, column=1, value="※いいえの項目は目標日を記入のこと（立入検査で確認）").font = Font(size=9)
ws.freeze_panes = "B6"

tmpd = tempfile.mkdtemp()
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
# re-save through LibreOffice (its own styles)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "みなと中央病院", "entries": entries},
    "planted": planted,
    "notes": ("No 項番 in this layout (itemNo omitted). Item text is shortened in the cells; 'item' gives the full "
              "catalogue wording. Answers are a ○ in the はい or いいえ column (1回目 B/C, 2回目 F/G). Dates are text "
              "cells typed as 2024/10/8. Section rows are '■…' bands; canonical section names used: 前提, 体制構築, "
              "医療情報システムの管理・運用 (row '■管理・運用（システム全般）'), ネットワーク機器, サーバ, 端末PC, "
              "インシデント発生に備えた対応 (row '■インシデント対応'). Order differs from the catalogue on purpose "
              "(2-(3) before 2-(2), ネットワーク機器 before サーバ, 3-(3) before 3-(2)). Password item included per "
              "the catalogue (seed 004 does not list it). 目標日 2025/3/31 for 端末PC password and BCP are within FY. "
              "File re-saved by LibreOffice. A2 is label and value in one cell ('医療機関名：みなと中央病院'); F2 '記入：医事課 佐藤' is not a form field."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
print("ok", len(entries), planted)
