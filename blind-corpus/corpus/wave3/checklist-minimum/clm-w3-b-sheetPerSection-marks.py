# Generator for clm-w3-b-sheetPerSection-marks.xlsx
# Role: a hospital's information-systems clerk who re-typed the Okayama 最低限の措置編 checklist into an
# in-house workbook: one sheet per ○ heading, はい/いいえ as separate columns with a mark (○ ● レ) in the
# chosen one, 確認日 as Excel dates, 目標日 in 和暦 text, 2回目 date as R-era short text, shortened item text,
# full-width item numbers, a 記入要領 sheet with a labelled 記入例, a cover sheet with a formula (no cached value).
# Planted problems: 2 (see expected.json).
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w3-b-sheetPerSection-marks"
FACILITY = "医療法人 桃花会 吉備台病院"

H = [
    "パスワードを強固なものに変更し、使い回しをしない",
    "IoT 機器を含む情報資産の通信制御を確認する",
    "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する",
]
FULL = [
    "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    "ネットワーク接続点へのアクセス制御を適切に実施している。",
    "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
]
SHORT = [
    "VPN装置等のID・パスワードを強固に設定（システム運用担当者）",
    "複数の機器・外部サービスで同一パスワードを使っていない",
    "類推されやすいパスワードを使わないよう全利用者へ周知",
    "事業者と協力し全てのネットワーク接続点を確認\n（閉域網と思っているNWの接続点も含む）",
    "ネットワーク接続点のアクセス制御を適切に実施",
    "システム・通信制御機器のログを記録・保存し、定期的にチェック",
    "全ネットワーク機器のVerUP・パッチ・FW更新を適切な頻度で実施しているか事業者と確認",
    "セキュリティ対策ソフトの稼働状況（定義ファイル更新等）を確認",
]
ZEN = "１２３４５６７８"

D = dt.date
# per item: first mark column ('Y' or 'N', mark char), first date, target text, second (col, mark), second text, remarks
DATA = [
    dict(f=("Y", "○"), fd=D(2024, 11, 12), t=None, s=None, sd=None, rem="VPN装置の初期ID・パスワードを変更済"),
    dict(f=("N", "●"), fd=D(2024, 11, 12), t=None, s=None, sd=None, rem="事業者と調整中"),          # PLANTED: no 目標日
    dict(f=("Y", "レ"), fd=D(2024, 11, 12), t=None, s=None, sd=None, rem=None),
    dict(f=("N", "○"), fd=D(2024, 11, 12), t="令和7年1月31日", s=("Y", "○"), sd="R7.1.24", rem="接続点一覧表を作成した"),
    dict(f=("Y", "○"), fd=D(2024, 11, 12), t=None, s=None, sd=None, rem=None),
    dict(f=("Y", "○"), fd=D(2024, 11, 13), t=None, s=None, sd=None, rem="ログは90日保存"),
    dict(f=("Y", "○"), fd=D(2024, 11, 12), t=None, s=("Y", "○"), sd="R6.11.5", rem="ファームウェア更新後に再確認"),  # PLANTED: 2回目 < 1回目
    dict(f=("N", "○"), fd=D(2024, 11, 13), t="令和6年12月27日", s=("Y", "○"), sd="R6.12.26",
         rem="定義ファイルの自動更新が止まっていた端末3台を是正"),
]
EXP_DATES = {  # canonical values for the text dates
    "令和7年1月31日": "2025-01-31", "令和6年12月27日": "2024-12-27",
    "R7.1.24": "2025-01-24", "R6.11.5": "2024-11-05", "R6.12.26": "2024-12-26",
}
SHEETS = [("1_パスワード", 0, 3), ("2_通信制御", 3, 6), ("3_ファームウェア", 6, 8)]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
grey = PatternFill("solid", fgColor="DDEBF7")


def header(ws, r):
    ws.merge_cells(f"A{r}:A{r+1}"); ws[f"A{r}"] = "No."
    ws.merge_cells(f"B{r}:B{r+1}"); ws[f"B{r}"] = "チェック項目（要約）"
    ws.merge_cells(f"C{r}:E{r}"); ws[f"C{r}"] = "1回目"
    ws[f"C{r+1}"] = "はい"; ws[f"D{r+1}"] = "いいえ"; ws[f"E{r+1}"] = "確認日"
    ws.merge_cells(f"F{r}:F{r+1}"); ws[f"F{r}"] = "目標日\n（いいえの場合）"
    ws.merge_cells(f"G{r}:I{r}"); ws[f"G{r}"] = "2回目"
    ws[f"G{r+1}"] = "はい"; ws[f"H{r+1}"] = "いいえ"; ws[f"I{r+1}"] = "確認日"
    ws.merge_cells(f"J{r}:J{r+1}"); ws[f"J{r}"] = "備考"
    for rr in (r, r + 1):
        for c in "ABCDEFGHIJ":
            ws[f"{c}{rr}"].border = box
            ws[f"{c}{rr}"].alignment = center
            ws[f"{c}{rr}"].fill = grey
    widths = dict(A=5, B=46, C=6, D=6, E=12, F=17, G=6, H=6, I=12, J=30)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v


def main():
    wb = Workbook()
    ins = wb.active
    ins.title = "記入要領"
    lines = [
        "【記入要領】チェックリスト（最低限の措置編）",
        "1. 各シートの項目について確認し、「はい」「いいえ」のどちらかの欄に○を付けてください。",
        "2. 確認日を記入してください。",
        "3. 1回目が「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
        "4. 対応後、2回目の確認結果と確認日を記入してください。",
        "5. 立入検査時に本チェックリストを確認します。",
        "",
        "（記入例）※この行は記入例です。",
    ]
    for k, t in enumerate(lines, start=1):
        ins[f"A{k}"] = t
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 8
    header(ins, 9)
    ins["A11"] = "例"
    ins["B11"] = "○○の設定を行っている"
    ins["D11"] = "○"
    ins["E11"] = D(2024, 10, 1)
    ins["E11"].number_format = "yyyy/m/d"
    ins["F11"] = "令和6年11月30日"
    ins["G11"] = "○"
    ins["I11"] = "R6.11.20"
    ins["J11"] = "記入例"
    for c in "ABCDEFGHIJ":
        ins[f"{c}11"].border = box
        ins[f"{c}11"].font = Font(color="FF0000")

    cov = wb.create_sheet("表紙")
    cov["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
    cov["B2"].font = Font(bold=True)
    cov["B4"] = "医療機関名"
    cov["C4"] = FACILITY
    cov["B5"] = "記入者"
    cov["C5"] = "情報システム課　山本"
    cov["B7"] = "1回目「いいえ」の件数"
    cov["C7"] = "=COUNTA('1_パスワード'!D5:D7)+COUNTA('2_通信制御'!D5:D7)+COUNTA('3_ファームウェア'!D5:D6)"
    for c in ("B4", "C4", "B5", "C5", "B7", "C7"):
        cov[c].border = box
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 40

    entries = []
    for sname, lo, hi in SHEETS:
        ws = wb.create_sheet(sname)
        sec = H[lo // 3 if lo < 6 else 2]
        ws.merge_cells("A1:J1")
        ws["A1"] = "○" + sec
        ws["A1"].font = Font(bold=True, size=12)
        header(ws, 3)
        r = 5
        for i in range(lo, hi):
            d = DATA[i]
            ws[f"A{r}"] = ZEN[i]
            ws[f"B{r}"] = SHORT[i]
            col = "C" if d["f"][0] == "Y" else "D"
            ws[f"{col}{r}"] = d["f"][1]
            ws[f"E{r}"] = d["fd"]
            ws[f"E{r}"].number_format = "yyyy/m/d"
            if d["t"]:
                ws[f"F{r}"] = d["t"]
            if d["s"]:
                col2 = "G" if d["s"][0] == "Y" else "H"
                ws[f"{col2}{r}"] = d["s"][1]
            if d["sd"]:
                ws[f"I{r}"] = d["sd"]
            if d["rem"]:
                ws[f"J{r}"] = d["rem"]
            for c in "ABCDEFGHIJ":
                ws[f"{c}{r}"].border = box
                ws[f"{c}{r}"].alignment = wrap if c in "BJ" else center
            ws.row_dimensions[r].height = 36
            e = {"section": sec, "item": FULL[i], "itemNo": str(i + 1),
                 "firstAnswer": "はい" if d["f"][0] == "Y" else "いいえ",
                 "firstDate": d["fd"].isoformat()}
            if d["t"]:
                e["targetDate"] = EXP_DATES[d["t"]]
            if d["s"]:
                e["secondAnswer"] = "はい" if d["s"][0] == "Y" else "いいえ"
            if d["sd"]:
                e["secondDate"] = EXP_DATES[d["sd"]]
            if d["rem"]:
                e["remarks"] = d["rem"]
            entries.append(e)
            r += 1
    wb.active = 1
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    expected = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": ["1_パスワード!F6"], "paths": ["entries[1].targetDate"],
             "why": "1回目が「いいえ」（●）なのに目標日が空欄（「いいえ」の場合は対応目標日の記入が必要）"},
            {"cells": ["3_ファームウェア!I5", "3_ファームウェア!E5"], "paths": ["entries[6].secondDate"],
             "why": "2回目の確認日 R6.11.5 (2024-11-05) が1回目の確認日 2024-11-12 より前"},
        ],
        "notes": (
            "One sheet per ○ heading (sheet title row A1 carries the heading with its ○; section = heading text without ○). "
            "Answers are marks (○, ●, レ) in the はい or いいえ column. 1回目 確認日 are Excel date cells; 目標日 are 和暦 text "
            "(令和7年1月31日); 2回目 確認日 are R-era text (R7.1.24). Item text on the sheets is a shortened paraphrase; item = full "
            "seed wording. Item numbers are full-width １–８ (running across sheets), given half-width in itemNo. "
            "The 記入要領 sheet holds a red, labelled 記入例 row (must be ignored). 表紙!C7 is an openpyxl formula without a cached value. "
            "Sheet 表紙 also has 記入者 (not a form key)."
        ),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
