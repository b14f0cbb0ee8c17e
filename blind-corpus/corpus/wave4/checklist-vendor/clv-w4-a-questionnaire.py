#!/usr/bin/python3
"""clv-w4-a-questionnaire: 事業者確認用チェックリスト 令和7年度版, answered by an EHR vendor's CS staff in a
questionnaire layout (Q-number | 設問 | sub-rows 1回目 / 目標日 / 2回目 / 備考), 和暦 dates as text,
label：value header cells, hidden 選択肢 sheet feeding a data validation; re-saved by LibreOffice.
No planted problem."""
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clv-w4-a-questionnaire"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "回答票"

VENDOR = "株式会社メディネクスト"
SYSTEM = "電子カルテシステム「MediChart NX」"
HOSPITAL = "医療法人清和会 西が丘記念病院"
CHECKED = ("令和7年6月10日", "2025-06-10")

V11 = "事業者内に医療情報システム等の提供に係る管理責任者を設置している"
V21 = "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている"
V22 = "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した"
V23 = "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWL = "パスワードは英数字、記号が混在した13文字以上の推測困難なものとしている"
PWR = "同一のパスワードを複数の機器やサービスで使い回していない"
TFA = "二要素認証を導入している（令和9年度までに対応）"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
USB = "USBストレージ等の外部記録媒体や外部機器の接続を制限している"
SRC = "接続元制限を実施している"
V31 = "インシデント発生時における医療機関及び事業者内の連絡体制図がある"
V32 = "医療機関と協力し、データやシステムのバックアップの実施と復旧手順を確認している"

# question wording (the vendor rephrased items as questions) : canonical
Q = {
    V11: "事業者内に、医療情報システム等の提供に係る管理責任者を設置していますか。",
    V21: "医療機関に提供しているサーバ・端末PC・ネットワーク機器を台帳で管理していますか。",
    V22: "リモートメンテナンス（保守）を利用している機器の有無を、医療機関に報告しましたか。",
    V23: "医療機関に、製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出しましたか。",
    ACL: "利用者の職種・担当業務別の情報区分ごとにアクセス利用権限を設定していますか。",
    ACC: "退職者や使用していないアカウント等、不要なアカウントを削除していますか。",
    LOG: "アクセスログを管理していますか。",
    PWL: "パスワードは英数字・記号混在の13文字以上（推測困難なもの）としていますか。",
    PWR: "同じパスワードを複数の機器・サービスで使い回していませんか。",
    TFA: "二要素認証を導入していますか（令和9年度までに対応）。",
    PATCH: "セキュリティパッチ（最新ファームウェア・更新プログラム）を適用していますか。",
    BG: "バックグラウンドで動作している不要なソフトウェア・サービスを停止していますか。",
    USB: "USBストレージ等の外部記録媒体・外部機器の接続を制限していますか。",
    SRC: "接続元制限を実施していますか。",
    V31: "インシデント発生時の、医療機関及び事業者内の連絡体制図がありますか。",
    V32: "医療機関と協力して、データ・システムのバックアップの実施と復旧手順を確認していますか。",
}
F = ("令和7年6月10日", "2025-06-10")
Y = ("はい", F, None, None, None)
# (canonical, first answer, first date, target, second answer+date, remarks); dates are (text, iso)
BLOCKS = [
    ("1 体制構築", "体制構築", [(V11, *Y)]),
    ("2 医療情報システム全般", "医療情報システム全般", [
        (V21, *Y), (V22, "はい", F, None, None, "リモート保守はSSL-VPN経由（1台）と報告済み"), (V23, *Y)]),
    ("2 サーバ", "サーバ", [
        (ACL, *Y), (ACC, *Y), (LOG, *Y), (PWL, *Y), (PWR, *Y), (TFA, *Y), (PATCH, *Y), (BG, *Y),
        (USB, "いいえ", F, ("令和7年8月31日", "2025-08-31"), ("はい", ("令和7年8月22日", "2025-08-22")),
         "USB無効化ポリシーを8/22に適用")]),
    ("2 端末PC", "端末PC", [
        (ACL, *Y), (ACC, *Y), (PWL, *Y), (PWR, *Y),
        (TFA, "いいえ", F, ("令和8年3月31日", "2026-03-31"), None,
         "次期バージョン（2026年1月リリース予定）で\nICカード認証に対応"),
        (PATCH, *Y), (BG, *Y), (USB, *Y)]),
    ("2 ネットワーク機器", "ネットワーク機器", [
        (PWL, *Y),
        (PWR, "いいえ", F, ("令和7年7月31日", "2025-07-31"), ("はい", ("令和7年7月15日", "2025-07-15")),
         "ルータ・UTMの管理者PWを個別化"),
        (PATCH, *Y), (SRC, *Y)]),
    ("3 インシデント発生に備えた対応", "インシデント発生に備えた対応", [(V31, *Y), (V32, *Y)]),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和7年度版）事業者確認用　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = f"事業者名：{VENDOR}"
ws["A4"] = f"対象システム：{SYSTEM}"
ws["A5"] = f"提出先医療機関名：{HOSPITAL}"
ws["A6"] = f"確認日：{CHECKED[0]}"
ws["A7"] = "（回答欄はプルダウンで「はい」「いいえ」を選択。日付は和暦で記入）"
for c, h in zip("ABCDE", ["No.", "設問", "", "回答", "日付"]):
    ws[f"{c}9"] = h; ws[f"{c}9"].fill = head; ws[f"{c}9"].border = box
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 60
ws.column_dimensions["C"].width = 8
ws.column_dimensions["D"].width = 10
ws.column_dimensions["E"].width = 40

lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 10
qn = 0
for heading, section, items in BLOCKS:
    ws[f"A{r}"] = f"■ {heading}"
    ws[f"A{r}"].font = Font(bold=True)
    r += 1
    for canon, a1, d1, tg, second, rem in items:
        qn += 1
        ws.merge_cells(f"A{r}:A{r+3}"); ws[f"A{r}"] = f"Q{qn}"
        ws[f"A{r}"].alignment = Alignment(vertical="top")
        ws.merge_cells(f"B{r}:B{r+3}"); ws[f"B{r}"] = Q[canon]
        ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        ws[f"C{r}"] = "1回目"; ws[f"D{r}"] = a1; ws[f"E{r}"] = d1[0]
        ws[f"C{r+1}"] = "目標日"
        if tg: ws[f"E{r+1}"] = tg[0]
        ws[f"C{r+2}"] = "2回目"
        if second:
            ws[f"D{r+2}"] = second[0]; ws[f"E{r+2}"] = second[1][0]
        ws[f"C{r+3}"] = "備考"
        ws.merge_cells(f"D{r+3}:E{r+3}")
        if rem:
            ws[f"D{r+3}"] = rem
            ws[f"D{r+3}"].alignment = Alignment(wrap_text=True)
            if "\n" in rem:
                ws.row_dimensions[r + 3].height = 30
        dv.add(f"D{r}"); dv.add(f"D{r+2}")
        for rr in range(r, r + 4):
            for c in "ABCDE":
                ws[f"{c}{rr}"].border = box
        e = {"section": section, "item": canon, "itemNo": f"Q{qn}", "firstAnswer": a1, "firstDate": d1[1]}
        if tg: e["targetDate"] = tg[1]
        if second:
            e["secondAnswer"] = second[0]; e["secondDate"] = second[1][1]
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 4
    r += 1
ws[f"A{r}"] = "以上"

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
# re-save through LibreOffice (its own styles); fall back to the openpyxl file if conversion fails
conv = os.path.join(tmpdir, "lo")
os.makedirs(conv)
res = subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw],
                     capture_output=True, text=True, timeout=180)
src = os.path.join(conv, NAME + ".xlsx")
shutil.copy(src if os.path.exists(src) else raw, os.path.join(OUT, NAME + ".xlsx"))
print("libreoffice:", "ok" if os.path.exists(src) else "FAILED " + res.stderr)

expected = {
    "form": "checklist-vendor",
    "version": "R7",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL,
               "checkedOn": CHECKED[1], "entries": entries},
    "planted": [],
    "notes": ("Questionnaire layout on sheet 回答票: each item is a 4-row block (No. merged | 設問 merged | 1回目 / 目標日 / 2回目 / 備考 "
              "sub-rows, answer in column D, 和暦 text date in column E). Items are rephrased as questions ('…していますか。'); "
              "expected gives the plain item wording. itemNo is the Q-number the sheet shows (Q1…Q27, running through all "
              "sections). Header fields are label：value in one cell (A3:A6). Hidden sheet 選択肢 only feeds the はい/いいえ "
              "drop-down (not data). File re-saved by LibreOffice. The vendor-side item wording (beyond the two examples in "
              "the seed: 管理責任者, MDS/SDS提出) and the R7 additions (PW 13文字以上, 使い回し, 二要素認証, USB等) are my own "
              "reconstruction. One remark contains a line break (\\n). 端末PC 二要素認証 いいえ with target 2026-03-31 and no 2回目 "
              "yet is legitimate (inside FY2025).")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", len(entries))
