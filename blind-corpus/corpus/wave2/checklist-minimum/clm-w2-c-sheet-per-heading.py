#!/usr/bin/python3
# clm-w2-c-sheet-per-heading: a health-centre style workbook: 記入要領 sheet first, a 表紙 sheet carrying the
# 医療機関名, then one sheet per ○ heading. Each heading sheet has a correctly labelled 【記入例】 row (to be
# ignored). Answers chosen from a はい/いいえ drop-down, dates are real Excel date cells shown as m/d.
# No planted problem.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clm-w2-c-sheet-per-heading"
OUT = os.path.dirname(os.path.abspath(__file__))

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
SHEETS = [("①パスワード", H1), ("②通信制御", H2), ("③ファームウェア等更新", H3)]
ITEMS = {
    H1: ["システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
         "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
         "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"],
    H2: ["関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
         "ネットワーク接続点へのアクセス制御を適切に実施している。",
         "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"],
    H3: ["すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
         "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"],
}
FACILITY = "社会医療法人 吉備高原会 吉備高原総合病院"

# per heading: list of (a1, d1, target, a2, d2, remarks)
ANS = {
    H1: [("はい", "2024-11-05", None, "はい", "2025-02-04", None),
         ("はい", "2024-11-05", None, "はい", "2025-02-04", None),
         ("はい", "2024-11-05", None, "はい", "2025-02-04", "院内メールで周知（11/1）")],
    H2: [("いいえ", "2024-11-06", "2025-01-31", "はい", "2025-02-04", "放射線部門の保守回線が未把握だった\n→事業者と確認し台帳に追記"),
         ("はい", "2024-11-06", None, "はい", "2025-02-04", None),
         ("はい", "2024-11-06", None, "はい", "2025-02-05", "月1回、UTMログを情報管理室で確認")],
    H3: [("はい", "2024-11-07", None, "はい", "2025-02-05", None),
         ("いいえ", "2024-11-07", "2024-12-20", "はい", "2025-02-05", "定義ファイル自動更新が停止していた端末3台を是正")],
}


def d(iso):
    return dt.date.fromisoformat(iso)


def main():
    wb = Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="center")

    ins = wb.active
    ins.title = "記入要領"
    ins.column_dimensions["A"].width = 100
    lines = [
        "【記入要領】サイバーセキュリティ対策チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）",
        "",
        "1 「表紙」シートに医療機関名を記入してください。",
        "2 各シート（①～③）の項目ごとに、1回目の確認結果（はい・いいえ）と確認日を記入してください。",
        "3 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "4 目標日以降に再度確認し、2回目の確認結果と確認日を記入してください。",
        "5 各シートの【記入例】の行は記入しないでください（集計対象外）。",
        "6 立入検査時、本チェックリストを確認します。提出は立入検査実施保健所へ。",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=12)

    cov = wb.create_sheet("表紙")
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 50
    cov["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
    cov["A4"] = "医療機関名"
    cov["B4"] = FACILITY
    cov["A4"].border = box
    cov["B4"].border = box
    cov["A4"].fill = PatternFill("solid", fgColor="FFF2CC")

    entries = []
    for sname, h in SHEETS:
        ws = wb.create_sheet(sname)
        for col, w in zip("ABCDEFG", (60, 10, 12, 12, 10, 12, 34)):
            ws.column_dimensions[col].width = w
        ws["A1"] = "○" + h
        ws["A1"].font = Font(bold=True, size=12)
        hdr = ["チェック項目", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]
        for c, t in enumerate(hdr, 1):
            cell = ws.cell(3, c, t)
            cell.border = box
            cell.alignment = center
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
        # correctly labelled example row
        ex = ["【記入例】○○○を確認している。", "いいえ", d("2024-10-01"), d("2024-12-01"), "はい", d("2024-12-01"), "（記入例）"]
        for c, v in enumerate(ex, 1):
            cell = ws.cell(4, c, v)
            cell.border = box
            cell.font = Font(color="808080", italic=True)
            cell.fill = PatternFill("solid", fgColor="EDEDED")
            if isinstance(v, dt.date):
                cell.number_format = "m/d"
        dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
        ws.add_data_validation(dv)
        r = 5
        for text, (a1, d1, tg, a2, d2, rem) in zip(ITEMS[h], ANS[h]):
            ws.cell(r, 1, text).alignment = wrap
            ws.cell(r, 2, a1)
            ws.cell(r, 3, d(d1))
            if tg:
                ws.cell(r, 4, d(tg))
            if a2:
                ws.cell(r, 5, a2)
                ws.cell(r, 6, d(d2))
            if rem:
                ws.cell(r, 7, rem)
            for c in range(1, 8):
                cell = ws.cell(r, c)
                cell.border = box
                if c in (3, 4, 6):
                    cell.number_format = "m/d"
                if 1 < c < 7:
                    cell.alignment = center
                if c == 7:
                    cell.alignment = wrap
            dv.add(f"B{r}")
            dv.add(f"E{r}")
            ws.row_dimensions[r].height = 45
            e = {"section": h, "item": text, "firstAnswer": a1, "firstDate": d1}
            if tg:
                e["targetDate"] = tg
            if a2:
                e["secondAnswer"] = a2
                e["secondDate"] = d2
            if rem:
                e["remarks"] = rem
            entries.append(e)
            r += 1
        ws.freeze_panes = "A5"

    wb.active = 1
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    exp = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [],
        "notes": "One sheet per ○ heading (①②③), entries listed in sheet order then row order. Row 4 of each "
                 "heading sheet is a correctly labelled 【記入例】 row and must be ignored. Dates are real Excel "
                 "date cells displayed with number format m/d (the year is in the cell value). 2回目 was done for "
                 "every item in Feb 2025. Two remarks contain a line break (\\n). facilityName is on the 表紙 sheet.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
