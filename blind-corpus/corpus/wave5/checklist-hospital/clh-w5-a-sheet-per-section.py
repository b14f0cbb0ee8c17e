#!/usr/bin/python3
# clh-w5-a-sheet-per-section: a hospital IT office's own workbook for the MHLW 令和6年度版
# チェックリスト（医療機関確認用）: a cover sheet (表紙) with the facility name, then one sheet per section
# (前提・1 / 2 / 3); answers as ○ in a はい column or an いいえ column; 1回目確認日 as text "R6.7.16",
# 目標日 as Excel date cells, 2回目確認日 as text "2024/12/20"; some device items abbreviated; a hidden
# 選択肢 sheet feeding the drop-downs. No planted problem.
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w5-a-sheet-per-section"
FACILITY = "医療法人 青葉会 青葉台中央病院"
D = dt.date
F1 = D(2024, 7, 16)

# (item text as written in the sheet, canonical catalogue wording, itemNo or None)
ACCESS = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCOUNT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PASS = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# each sheet: (sheet name, title, [blocks]); block: (heading shown, section canonical, [rows])
# row: (no shown, text shown, canonical item, answer dict)
def A(first, target=None, second=None, sdate=None, rem=None):
    return dict(first=first, target=target, second=second, sdate=sdate, rem=rem)

SHEETS = [
    ("前提・1", "前提／1 体制構築", [
        ("前提", "前提", [
            (None, "医療情報システムを導入、運用している", "医療情報システムを導入、運用している",
             A("はい", rem="電子カルテ（オンプレ）、レセコン、PACS、部門システム")),
        ]),
        ("1　体制構築", "体制構築", [
            ("1-(1)", "医療情報システム安全管理責任者を設置している", "医療情報システム安全管理責任者を設置している",
             A("はい", rem="情報システム室長を任命（R6.4.1付）")),
        ]),
    ]),
    ("2 システム管理", "2 医療情報システムの管理・運用", [
        ("【医療情報システム全般】", "医療情報システム全般", [
            ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
             "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", A("はい")),
            ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
             "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
             A("はい", rem="電子カルテ・PACSの2社がリモート保守あり")),
            ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
             "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
             A("いいえ", D(2024, 10, 31), "はい", "2024/10/29",
               "電子カルテ・PACS・部門システム各社より受領\n（検査システムのみ10/29受領）")),
        ]),
        ("【サーバ】", "サーバ", [
            (None, ACCESS, ACCESS, A("はい")),
            (None, "不要なアカウント（退職者・未使用等）を削除している", ACCOUNT, A("はい", rem="人事異動時に毎月棚卸し")),
            (None, LOG, LOG, A("はい")),
            (None, PASS, PASS, A("はい")),
            (None, "セキュリティパッチを適用している", PATCH, A("はい", rem="事業者の検証後に適用")),
            (None, "不要なソフトウェア・サービスを停止している", BG, A("はい")),
        ]),
        ("【端末PC】", "端末PC", [
            (None, ACCESS, ACCESS, A("はい")),
            (None, "不要なアカウント（退職者・未使用等）を削除している", ACCOUNT, A("はい")),
            (None, PASS, PASS, A("いいえ", D(2025, 3, 31), rem="定期変更の運用ルールを情報システム委員会で検討中")),
            (None, "セキュリティパッチを適用している", PATCH, A("はい")),
            (None, "不要なソフトウェア・サービスを停止している", BG, A("はい")),
        ]),
        ("【ネットワーク機器】", "ネットワーク機器", [
            (None, PASS, PASS, A("はい")),
            (None, "セキュリティパッチを適用している", PATCH, A("はい", rem="UTM・VPN装置のファームウェア最新版")),
            (None, SRC, SRC, A("いいえ", D(2024, 12, 27), "はい", "2024/12/20",
                               "VPN装置の接続元IPを保守事業者に限定")),
        ]),
    ]),
    ("3 インシデント対応", "3 インシデント発生に備えた対応", [
        ("3　インシデント発生に備えた対応", "インシデント発生に備えた対応", [
            ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
             "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
             A("はい")),
            ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
             "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
             A("はい")),
            ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
             "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
             A("いいえ", D(2025, 3, 31), "いいえ", "2025/2/14", "BCP素案作成中（確認表で点検中）")),
        ]),
    ]),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
FONT = "ＭＳ Ｐゴシック"
hfill = PatternFill("solid", fgColor="E2EFDA")
bfill = PatternFill("solid", fgColor="F2F2F2")


def rdate_text(d):
    return "R%d.%d.%d" % (d.year - 2018, d.month, d.day)


def main():
    wb = Workbook()
    cov = wb.active
    cov.title = "表紙"
    cov.column_dimensions["A"].width = 3
    cov.column_dimensions["B"].width = 18
    cov.column_dimensions["C"].width = 60
    cov["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
    cov["B2"].font = Font(name=FONT, size=14, bold=True)
    cov["B3"] = "令和6年度版　（令和6年5月13日 厚生労働省公表の様式による）"
    cov["B3"].font = Font(name=FONT, size=10)
    cov["B5"] = "医療機関名"
    cov["C5"] = FACILITY
    for c in ("B5", "C5"):
        cov[c].border = box
        cov[c].font = Font(name=FONT, size=12)
    cov["B5"].fill = hfill
    notes = [
        "・各シートの項目ごとに、1回目の確認結果（はい／いいえ）の欄に「○」を付け、確認日を記入する。",
        "・1回目が「いいえ」の項目は目標日を記入し、対応後に2回目の確認を行う。",
        "・「前提」が「いいえ」（医療情報システムなし）の場合、以降の項目の記入は不要。",
        "・シート構成：前提・1（体制構築）／2（医療情報システムの管理・運用）／3（インシデント発生に備えた対応）",
    ]
    for i, n in enumerate(notes):
        cov.cell(7 + i, 2, n).font = Font(name=FONT, size=10)

    opt = wb.create_sheet("選択肢")
    opt["A1"] = "○"
    opt["A2"] = "はい"
    opt["A3"] = "いいえ"
    opt.sheet_state = "hidden"

    entries = []
    for sname, title, blocks in SHEETS:
        ws = wb.create_sheet(sname)
        widths = {"A": 7, "B": 54, "C": 6, "D": 6, "E": 11, "F": 12, "G": 6, "H": 6, "I": 11, "J": 32}
        for k, v in widths.items():
            ws.column_dimensions[k].width = v
        ws["A1"] = title
        ws["A1"].font = Font(name=FONT, size=13, bold=True)
        ws["J1"] = "医療機関確認用"
        ws["J1"].alignment = Alignment(horizontal="right")
        # header rows 3-4
        ws.merge_cells("A3:A4"); ws["A3"] = "No."
        ws.merge_cells("B3:B4"); ws["B3"] = "チェック項目"
        ws.merge_cells("C3:E3"); ws["C3"] = "1回目"
        ws["C4"] = "はい"; ws["D4"] = "いいえ"; ws["E4"] = "確認日"
        ws.merge_cells("F3:F4"); ws["F3"] = "目標日"
        ws.merge_cells("G3:I3"); ws["G3"] = "2回目"
        ws["G4"] = "はい"; ws["H4"] = "いいえ"; ws["I4"] = "確認日"
        ws.merge_cells("J3:J4"); ws["J3"] = "備考"
        for r in (3, 4):
            for c in range(1, 11):
                cell = ws.cell(r, c)
                cell.border = box
                cell.alignment = center
                cell.fill = hfill
                cell.font = Font(name=FONT, size=10, bold=True)
        dv = DataValidation(type="list", formula1="=選択肢!$A$1", allow_blank=True)
        ws.add_data_validation(dv)
        r = 5
        for heading, section, rows in blocks:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            c = ws.cell(r, 1, heading)
            c.font = Font(name=FONT, size=10, bold=True)
            c.fill = bfill
            for cc in range(1, 11):
                ws.cell(r, cc).border = box
            r += 1
            for no, shown, canon, a in rows:
                if no:
                    ws.cell(r, 1, no)
                ws.cell(r, 2, shown)
                ws.cell(r, 3 if a["first"] == "はい" else 4, "○")
                ws.cell(r, 5, rdate_text(F1))
                if a["target"]:
                    ws.cell(r, 6, a["target"]).number_format = "yyyy/m/d"
                if a["second"]:
                    ws.cell(r, 7 if a["second"] == "はい" else 8, "○")
                    ws.cell(r, 9, a["sdate"])
                if a["rem"]:
                    ws.cell(r, 10, a["rem"])
                for cc in range(1, 11):
                    cell = ws.cell(r, cc)
                    cell.border = box
                    cell.font = Font(name=FONT, size=10)
                    cell.alignment = wrap if cc in (2, 10) else center
                for col in "CDGH":
                    dv.add("%s%d" % (col, r))
                ws.row_dimensions[r].height = 32 if len(shown) < 45 else 44
                e = {"section": section, "item": canon}
                if no:
                    e["itemNo"] = no
                e["firstAnswer"] = a["first"]
                e["firstDate"] = F1.isoformat()
                if a["target"]:
                    e["targetDate"] = a["target"].isoformat()
                if a["second"]:
                    e["secondAnswer"] = a["second"]
                    y, m, d = (int(x) for x in a["sdate"].split("/"))
                    e["secondDate"] = D(y, m, d).isoformat()
                if a["rem"]:
                    e["remarks"] = a["rem"]
                e["_cell"] = "%s!B%d" % (sname, r)
                entries.append(e)
                r += 1
        ws.freeze_panes = "C5"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddFooter.center.text = "&A　&P / &N"

    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    rows_note = ", ".join("%d=%s" % (i, e.pop("_cell")) for i, e in enumerate(entries))
    exp = {
        "form": "checklist-hospital",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": ("One sheet per section: '表紙' (医療機関名 in C5), '前提・1', '2 システム管理', '3 インシデント対応'; "
                  "hidden sheet '選択肢' holds the drop-down list only. Answers are a ○ in the はい or いいえ column "
                  "(C/D for 1回目, G/H for 2回目). 1回目確認日 is text 'R6.7.16'; 目標日 are Excel date cells; "
                  "2回目確認日 are text 'yyyy/m/d'. Device items (サーバ/端末PC/ネットワーク機器) carry no number in "
                  "the workbook; some are abbreviated (e.g. 'セキュリティパッチを適用している') and are given "
                  "here in the catalogue wording. Section for 1-(1) is the sheet's heading '体制構築', for 2-(1)–2-(3) "
                  "the sub-heading '医療情報システム全般', for 3-(x) 'インシデント発生に備えた対応' (heading numbers "
                  "and 【】 dropped). No 確認日 header field (R6). Entry rows: " + rows_note),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
