# Generator: ins-w31-a-prefecture-list-circle-columns.xlsx (inspection-documents, R6, no planted problem)
# Role: Okayama prefecture 医療推進課 drew 別紙1 as an Excel sheet (No | 書類の名称 | 提出にあたっての注意点)
# and added 提出 / 未作成 columns for ○; a hospital's 事務 clerk filled it before the 立入検査.
# Habits: label-left merged header, 和暦 text date, ○ marks, wrapped long notice text, a COUNTIF total
# saved by openpyxl without a cached value.
import json, os, sys
try:
    import openpyxl
except ImportError:
    sys.path.insert(0, "/tmp/clvins_py")
    import openpyxl
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w31-a-prefecture-list-circle-columns"
SHEET = "別紙1"

FACILITY = "医療法人 吉備高原会 たかはし中央病院"
SUBMITTED_TEXT = "令和6年11月18日"
SUBMITTED_ISO = "2024-11-18"

DOCS = [
    (1, "チェックリスト（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること"
     "とし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・"
     "事業者向け～」（以下「マニュアル」という。）を参照してください。",
     "SUBMITTED", None),
    (2, "チェックリスト（事業者確認用）",
     "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器"
     "など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリスト"
     "を分けること）",
     "SUBMITTED",
     "電子カルテ（株式会社せとうちメディカルシステムズ）、医事会計（ＮＳシステムサービス株式会社）、"
     "PACS（株式会社岡山画像テック）の3事業者分を事業者ごとに添付"),
    (3, "チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け、事務連絡「医療機関等に"
     "おけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
     "SUBMITTED", None),
    (4, "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。"
     "台帳の書式については、マニュアル2-(1)を参照してください。",
     "SUBMITTED", None),
    (5, "インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。"
     "連絡体制図の書式については、マニュアル3-(1)を参照してください。",
     "SUBMITTED", None),
    (6, "ネットワーク構成図及びシステム全体構成図",
     "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に"
     "関するガイドライン第6.0版」企画管理編4.4、システム運用編2②を参照してください。",
     "SUBMITTED", "ネットワーク構成図・システム全体構成図 各1部"),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）",
     "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。BCPについては、令和6年6月6日付け事務連絡"
     "「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」についてを参照してください。",
     "NOT_CREATED", "令和7年3月策定予定（確認表を用いて作成中）"),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)
FILL = PatternFill("solid", fgColor="FFF2CC")


def build():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 2, "B": 5, "C": 24, "D": 60, "E": 7, "F": 7, "G": 30}.items():
        ws.column_dimensions[k].width = v

    ws["G1"] = "別紙1"
    ws["G1"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B2:G2")
    ws["B2"] = "サイバーセキュリティ対策関連書類一覧"
    ws["B2"].font = Font(size=14, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("B3:G3")
    ws["B3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
    ws["B3"].alignment = Alignment(horizontal="center")
    ws["B3"].font = Font(size=9)

    for r, label, value in ((5, "医療機関名", FACILITY), (6, "提出日", SUBMITTED_TEXT)):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 2, label).alignment = CENTER
        ws.cell(r, 2).fill = FILL
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=4)
        ws.cell(r, 4, value).alignment = WRAP
        for c in range(2, 5):
            ws.cell(r, c).border = BOX

    ws["B8"] = "※提出する書類は「提出」欄に、作成していない書類は「未作成」欄に○を記入してください。"
    ws["B8"].font = Font(size=9)

    hdr = 9
    for c, t in zip(range(2, 8), ["No.", "書類の名称", "提出にあたっての注意点", "提出", "未作成", "備考"]):
        cell = ws.cell(hdr, c, t)
        cell.font = Font(bold=True)
        cell.fill = FILL
        cell.border = BOX
        cell.alignment = CENTER

    docs = []
    r = hdr + 1
    for kind, name, note, sub, rem in DOCS:
        ws.cell(r, 2, kind)
        ws.cell(r, 3, name)
        ws.cell(r, 4, note).font = Font(size=8)
        ws.cell(r, 5 if sub == "SUBMITTED" else 6, "○")
        if rem:
            ws.cell(r, 7, rem)
        for c in range(2, 8):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = CENTER if c in (2, 5, 6) else WRAP
        ws.row_dimensions[r].height = 66
        d = {"kind": str(kind), "submission": sub}
        if rem:
            d["remarks"] = rem
        docs.append(d)
        r += 1

    ws.cell(r, 3, "提出書類数").alignment = CENTER
    ws.cell(r, 5, f'=COUNTIF(E{hdr + 1}:E{r - 1},"○")').alignment = CENTER
    for c in range(2, 8):
        ws.cell(r, c).border = BOX

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1

    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED_ISO, "documents": docs},
        "planted": [],
        "notes": ("Prefecture-drawn 別紙1 with the notice's 提出にあたっての注意点 text pre-printed in column D (not a value). "
                  "提出 / 未作成 is a ○ in column E or F. 提出日 is text 「令和6年11月18日」. Document 2 is one row whose 備考 "
                  "names the three vendors (one checklist per vendor attached). Row 17 holds a COUNTIF total of the ○ marks "
                  "saved by openpyxl without a cached value (not a field). The form has no file-name column. documents[].kind is given as the string code \"1\"…\"7\" (catalogue numbering)."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
