#!/usr/bin/python3
# Generator for clh-w7-b-marks-r7.xlsx  (checklist-hospital, R7, 2 planted problems)
# Kumamoto hospital, information-systems section: a cover sheet with 「項目：値」 cells (医療機関名, 確認日 in 和暦),
# a checklist sheet with 【heading】 section rows, no item numbers, device classes in the order 端末PC -> サーバ,
# answers as ○ (はい) / × (いいえ) in one column per round, dates typed as 和暦 text (R7.6.20),
# a hidden list sheet for the drop-down; re-saved by LibreOffice.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w7-b-marks-r7"

PRE = "医療情報システムを導入、運用している"
H11 = "医療情報システム安全管理責任者を設置している"
H21 = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
H22 = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
H23 = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
AUTH = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
H31 = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
H32 = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
H33 = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"
# R7 additions: the catalogue only describes them; this is the wording this office typed (unverified)
R7_RULE = "医療情報システムの運用管理規程を定めている"
R7_2FA = "医療情報システムへのログインに二要素認証を導入している（令和9年度までに対応）"
R7_PW = "パスワードは英数字、記号を混在させた13文字以上とし、使い回しをしていない"
R7_USB = "USBメモリ等の外部記録媒体や外部機器の接続を制限している"

SECTIONS = ["前提", "体制構築", "医療情報システム全般", "端末PC", "サーバ", "ネットワーク機器", "インシデント発生に備えた対応"]
# (section, full item, shown text, first mark, firstDate text, target text, second mark, secondDate text, remarks)
ROWS = [
    ("前提", PRE, PRE, "○", "R7.6.20", None, None, None, None),
    ("体制構築", H11, "医療情報システム安全管理責任者の設置", "○", "R7.6.20", None, None, None, None),
    ("体制構築", R7_RULE, R7_RULE, "×", "R7.6.20", "R7.9.30", "○", "R7.10.15", "9月理事会で承認"),
    ("医療情報システム全般", H21, "サーバ、端末PC、ネットワーク機器の台帳管理", "○", "R7.6.20", None, None, None, None),
    ("医療情報システム全般", H22, "リモートメンテナンス（保守）利用機器の有無を事業者に確認", "○", "R7.6.20", None, None, None, "保守業者4社"),
    ("医療情報システム全般", H23, "事業者からMDS/SDSを提出してもらう", "○", "R7.6.20", None, None, None, None),
    ("医療情報システム全般", R7_2FA, R7_2FA, "×", "R7.6.20", "R8.3.31", None, None, "電子カルテ更新時に対応予定"),
    ("医療情報システム全般", R7_PW, R7_PW, "×", "R7.6.20", "R7.12.26", "×", "R7.10.15", "サーバ分は完了、端末分は12月"),
    ("端末PC", AUTH, "職種・担当業務別のアクセス利用権限の設定", "○", "R7.6.23", None, None, None, None),
    ("端末PC", ACCT, "不要なアカウント（退職者等）の削除", "○", "R7.6.23", None, None, None, None),
    ("端末PC", PATCH, "セキュリティパッチの適用", "○", "R7.6.23", None, None, None, None),
    # PLANTED: 1回目 result left blank (date only)
    ("端末PC", BG, "不要なソフトウェア・サービスの停止", None, "R7.6.23", None, None, None, None),
    ("端末PC", R7_USB, R7_USB, "×", "R7.6.23", "R7.11.28", "○", "R7.10.15", "資産管理ソフトでUSB制御"),
    ("サーバ", AUTH, "職種・担当業務別のアクセス利用権限の設定", "○", "R7.6.23", None, None, None, None),
    ("サーバ", ACCT, "不要なアカウント（退職者等）の削除", "○", "R7.6.23", None, None, None, None),
    ("サーバ", LOG, "アクセスログの管理", "○", "R7.6.23", None, None, None, None),
    ("サーバ", PATCH, "セキュリティパッチの適用", "○", "R7.6.23", None, None, None, None),
    ("サーバ", BG, "不要なソフトウェア・サービスの停止", "○", "R7.6.23", None, None, None, None),
    ("ネットワーク機器", PATCH, "セキュリティパッチ（最新ファームウェア）の適用", "×", "R7.6.23", "R7.8.29", "○", "R7.10.15", "UTMファーム更新"),
    ("ネットワーク機器", SRC, "接続元制限の実施", "○", "R7.6.23", None, None, None, None),
    ("インシデント発生に備えた対応", H31, "インシデント発生時の連絡体制図（院内・事業者・厚労省・警察等）", "○", "R7.6.20", None, None, None, None),
    ("インシデント発生に備えた対応", H32, "診療継続に必要な情報の検討、バックアップの実施と復旧手順の確認", "○", "R7.6.20", None, None, None, None),
    # PLANTED: target R7.3.31 (= 2025-03-31) is before the 1回目 date and outside 令和7年度 (meant R8.3.31)
    ("インシデント発生に備えた対応", H33, "サイバー攻撃を想定したBCPの策定", "×", "R7.6.20", "R7.3.31", None, None, "確認表を使って策定中"),
]
FACILITY = "医療法人 球磨川会 やつしろ南病院"
CHECKED_ON_TEXT = "令和7年10月15日"


def iso(t):
    if not t:
        return None
    era, rest = t[0], t[1:]
    y, m, d = (int(x) for x in rest.split("."))
    assert era == "R"
    return "%04d-%02d-%02d" % (2018 + y, m, d)


ANS = {"○": "はい", "×": "いいえ"}

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
cv = wb.active
cv.title = "表紙"
cv["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
cv["B2"].font = Font(size=16, bold=True)
cv["B3"] = "（令和7年度版・医療機関確認用）"
cv["B3"].font = Font(size=12)
cv["B6"] = "医療機関名：" + FACILITY
cv["B7"] = "所在地：熊本県八代市"
cv["B8"] = "確認日：" + CHECKED_ON_TEXT
cv["B9"] = "記入者：情報システム課　坂本"
cv["B10"] = "提出先：熊本県八代保健所"
for r in range(6, 11):
    cv.cell(r, 2).font = Font(size=12)
    cv.cell(r, 2).border = Border(bottom=thin)
cv.column_dimensions["B"].width = 70
cv["B13"] = "※ 結果欄は ○＝はい、×＝いいえ で記入。日付は和暦（R7.6.20 の形）で記入。"
cv["B14"] = "※ 1回目が × の項目は目標日（令和7年度内）を記入すること。"

ws = wb.create_sheet("チェックリスト")
ws["A1"] = "チェックリスト（医療機関確認用）令和7年度版"
ws["A1"].font = Font(size=13, bold=True)
ws["A2"] = "○＝はい　×＝いいえ"
ws["A2"].font = Font(size=9, color="C00000")
ws["A4"] = "チェック項目"; ws.merge_cells("A4:A5")
ws["B4"] = "1回目"; ws.merge_cells("B4:C4")
ws["B5"] = "結果"; ws["C5"] = "確認日"
ws["D4"] = "目標日"; ws.merge_cells("D4:D5")
ws["E4"] = "2回目"; ws.merge_cells("E4:F4")
ws["E5"] = "結果"; ws["F5"] = "確認日"
ws["G4"] = "備考"; ws.merge_cells("G4:G5")
hf = PatternFill("solid", fgColor="E2EFDA")
for r in (4, 5):
    for c in range(1, 8):
        cell = ws.cell(r, c)
        cell.border = box
        cell.alignment = center
        cell.font = Font(bold=True)
        cell.fill = hf
for k, v in dict(A=62, B=7, C=11, D=11, E=7, F=11, G=30).items():
    ws.column_dimensions[k].width = v

lst = wb.create_sheet("リスト")
lst["A1"] = "○"
lst["A2"] = "×"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

secfill = PatternFill("solid", fgColor="F2F2F2")
r = 6
cur = None
entries = []
cells = {}
for idx, (sec, full, shown, a1, d1, tg, a2, d2, rem) in enumerate(ROWS):
    if sec != cur:
        cur = sec
        ws.cell(r, 1, "【%s】" % sec)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(r, c).fill = secfill
            ws.cell(r, c).border = box
        r += 1
    ws.cell(r, 1, shown)
    if a1:
        ws.cell(r, 2, a1)
    ws.cell(r, 3, d1)
    if tg:
        ws.cell(r, 4, tg)
    if a2:
        ws.cell(r, 5, a2)
        ws.cell(r, 6, d2)
    if rem:
        ws.cell(r, 7, rem)
    for c in range(1, 8):
        cell = ws.cell(r, c)
        cell.border = box
        cell.alignment = wrap if c in (1, 7) else center
    dv.add("B%d" % r)
    dv.add("E%d" % r)
    e = {"section": sec, "item": full}
    if a1:
        e["firstAnswer"] = ANS[a1]
    e["firstDate"] = iso(d1)
    if tg:
        e["targetDate"] = iso(tg)
    if a2:
        e["secondAnswer"] = ANS[a2]
        e["secondDate"] = iso(d2)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    cells[idx] = r
    r += 1
ws.freeze_panes = "B6"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

i_bg = 11
i_bcp = len(ROWS) - 1
assert ROWS[i_bg][1] == BG and ROWS[i_bg][3] is None
assert ROWS[i_bcp][1] == H33
expected = {
    "form": "checklist-hospital",
    "version": "R7",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "checkedOn": "2025-10-15", "entries": entries},
    "planted": [
        {"cells": ["チェックリスト!B%d" % cells[i_bg]],
         "paths": ["entries[%d].firstAnswer" % i_bg],
         "why": "端末PC「バックグラウンドで動作している不要なソフトウェア及びサービスを停止している」: 1回目の確認日 (R7.6.23) はあるが結果（○/×）が空欄。すべての項目に1回目の回答が必要"},
        {"cells": ["チェックリスト!D%d" % cells[i_bcp], "チェックリスト!C%d" % cells[i_bcp]],
         "paths": ["entries[%d].targetDate" % i_bcp],
         "why": "BCP策定が × (いいえ) で目標日が R7.3.31 (2025-03-31): 1回目の確認日 R7.6.20 より前で、令和7年度 (2025-04-01〜2026-03-31) の外（R8.3.31 の書き誤りと思われる）"},
    ],
    "notes": ("R7 form. 医療機関名 and 確認日 are in 「項目：値」 cells on the 表紙 sheet (checkedOn 令和7年10月15日). "
              "Results are ○ (= はい) / × (= いいえ); dates are 和暦 text like R7.6.20 (R7 = 2025, R8 = 2026). "
              "Section rows are 【heading】 (section = text inside the brackets); no item numbers, so itemNo is omitted. "
              "Device classes come in the order 端末PC, サーバ, ネットワーク機器. Item texts are shortened on the sheet; item gives the full wording. "
              "The four R7 additional items (運用管理規程, 二要素認証, 13文字以上・使い回し禁止のパスワード, USB等外部機器の接続制限) "
              "are not worded in the catalogue or seeds; their item text here is this office's own wording, the same on the sheet and in item. "
              "In this R7 sheet the old 8文字 password item is not repeated under the device classes. "
              "Hidden sheet リスト holds the drop-down values ○/× and is not data."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fp:
    json.dump(expected, fp, ensure_ascii=False, indent=2)
print("wrote", NAME)
