# Label-above layout (label row, answer row below) with drop-downs, a 支援方針 cell computed by formula
# (cached by a LibreOffice re-save) and a second sheet with the briefing's 支援方針 table.
# One planted mistake: 患者数 0 (outside 1–3000).
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "obi-w1-e-derived-policy"
HERE = os.path.dirname(os.path.abspath(__file__))
wb = Workbook()
ws = wb.active
ws.title = "回答"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
lab = PatternFill("solid", fgColor="E2EFDA"); calc = PatternFill("solid", fgColor="FCE4D6")
for col, w in zip("ABCDEF", [2, 16, 22, 22, 22, 2]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:E1"); ws["B1"] = "オフラインバックアップ支援意向に関するアンケート"
ws["B1"].font = Font(bold=True, size=14); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:E2")
ws["B2"] = "オフラインバックアップの実施方針を確認させていただくためのアンケートになります。緑の欄の下に回答してください。"
ws["B2"].font = Font(size=9)
ws["D3"] = "回答日"; ws["E3"] = "令和6年8月28日"

def qa(r, label, value, height=20, num=False):
    ws.merge_cells(f"B{r}:E{r}"); ws.merge_cells(f"B{r+1}:E{r+1}")
    ws[f"B{r}"] = label; ws[f"B{r}"].fill = lab; ws[f"B{r}"].font = Font(bold=True)
    ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="center")
    ws[f"B{r+1}"] = value
    ws[f"B{r+1}"].alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
    for rr in (r, r + 1):
        for col in "BCDE":
            ws[f"{col}{rr}"].border = box
    ws.row_dimensions[r].height = 30; ws.row_dimensions[r + 1].height = height

remarks = "Teamsの「00_医療機関データ」に患者情報数が見当たらなかったため0としています。\n機器の調達は年内（12月まで）に完了予定です。"
qa(5, "Q1. 病院名を入力してください。 *", "東かがわ白鳥病院")
qa(7, "Q2. 患者数を入力してください。 *\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。（1～3000）", 0)
qa(9, "Q3. 現在の電子カルテのオフラインバックアップの状況を選択してください。 *", "実施していない")
qa(11, "Q4. 本事業での支援の意向を選択してください。 *", "サーバ・物品を新設（年度内に調達可能）")
qa(13, "Q5. 希望する保存先を選択してください。（支援を希望する場合）", "院内の物理媒体")
qa(15, "Q6. ご意見・ご質問等", remarks, height=40)

ws["B18"] = "支援方針（自動判定）"; ws["B18"].font = Font(bold=True); ws["B18"].fill = calc; ws["B18"].border = box
ws["C18"] = ('=IF(OR(B10="",B12=""),"",IF(B10="既に運用している","対象外",IF(B12="本事業での支援は不要",'
             'IF(B10="電子カルテベンダ等と検討中","報告のみ","要確認"),IF(B12="サーバ・物品を新設（年度内に調達可能）","支援A",'
             'IF(B12="サーバ・物品を新設（調達は次年度以降）","支援B","支援C")))))')
ws["C18"].font = Font(bold=True, size=12); ws["C18"].border = box; ws["C18"].alignment = Alignment(horizontal="center")
ws.merge_cells("D18:E18")
ws["D18"] = "※入力不要（Q3・Q4から自動表示）。詳細は「支援方針一覧」シート参照"; ws["D18"].font = Font(size=8)

ch = wb.create_sheet("選択肢")
for i, v in enumerate(["既に運用している", "電子カルテベンダ等と検討中", "実施していない"], 1): ch[f"A{i}"] = v
for i, v in enumerate(["サーバ・物品を新設（年度内に調達可能）", "サーバ・物品を新設（調達は次年度以降）",
                       "サーバ新設なし（既存設備に媒体を接続）", "本事業での支援は不要"], 1): ch[f"B{i}"] = v
for i, v in enumerate(["院内の物理媒体", "外部クラウド環境"], 1): ch[f"C{i}"] = v
ch.sheet_state = "hidden"
for cell, rng in (("B10", "選択肢!$A$1:$A$3"), ("B12", "選択肢!$B$1:$B$4"), ("B14", "選択肢!$C$1:$C$2")):
    dv = DataValidation(type="list", formula1=rng, allow_blank=True); ws.add_data_validation(dv); dv.add(cell)
dvn = DataValidation(type="whole", operator="between", formula1="1", formula2="3000", allow_blank=True)
ws.add_data_validation(dvn); dvn.add("B8")

t = wb.create_sheet("支援方針一覧")
rows = [
 ("支援方針", "概要", "医療機関様で必要な対応", "本事業での支援対応"),
 ("支援A", "本事業にて支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達が年度内に可能",
  "Webアンケート回答\n支援事業者との打ち合わせ対応（2~3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n現地作業における立ち合い対応",
  "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築、設置対応"),
 ("支援B", "本事業にて支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達は次年度以降",
  "Webアンケート回答\n支援事業者との打ち合わせ対応（2~3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n新設サーバの構築作業（次年度以降）",
  "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画・運用手順の策定を支援\n現地構築手順を提供"),
 ("支援C", "支援可能なサーバを導入の意向なし。既存設備に、本事業にて支援可能な媒体を接続",
  "Webアンケート回答\n支援事業者との打ち合わせ対応（1回程度）\nバックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）",
  "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画の策定を支援"),
 ("報告のみ", "電子カルテベンダ様等と方針検討中であり、支援不要", "なし（Webアンケート回答のみで完了）",
  "要件の共有\n検討中の方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告"),
 ("対象外", "既存環境ですでに電子カルテのオフラインバックアップの運用が開始している", "なし（Webアンケート回答のみで完了）",
  "要件の共有\n導入済の方針（構成概要）をヒアリングし、厚労省へ報告"),
]
for r in rows: t.append(r)
for col, w in zip("ABCD", [10, 36, 44, 44]): t.column_dimensions[col].width = w
for row in t.iter_rows(min_row=1, max_row=len(rows)):
    for c in row:
        c.border = box; c.alignment = Alignment(wrap_text=True, vertical="top")
for c in t[1]: c.font = Font(bold=True); c.fill = lab

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx"); wb.save(src)
out = os.path.join(tmp, "out"); os.makedirs(out)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)

exp = {"form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
  "values": {"hospitalName": "東かがわ白鳥病院", "patientCount": 0, "currentState": "NOT_IMPLEMENTED",
             "intent": "PROCURE_THIS_YEAR", "storage": "ON_PREMISES_MEDIA", "remarks": remarks,
             "supportPolicy": "SUPPORT_A"},
  "planted": [
    {"cells": ["回答!B8"], "paths": ["patientCount"],
     "why": "患者数 0 is outside 1–3000: seed 002 Web survey screen 「1から3000 の間の数値を指定する必欄があります」, catalogue §5 "
            "'a count the survey bounds to 1–3000'. The filler could not find the number in Teams and typed 0 (says so in Q6); "
            "the sheet's whole-number validation was bypassed (value written directly)."}
  ],
  "notes": "Label-above layout on sheet 回答: each label in a merged green row (B5, B7, B9, B11, B13, B15), the answer in the "
           "merged row below (B6, B8, B10, B12, B14, B16). B10 '実施していない' → NOT_IMPLEMENTED; B12 'サーバ・物品を新設"
           "（年度内に調達可能）' → PROCURE_THIS_YEAR; B14 '院内の物理媒体' → ON_PREMISES_MEDIA. C18 holds the derived "
           "支援方針 as an IF formula (result cached by a LibreOffice re-save) showing 支援A, consistent with the answers. "
           "Hidden sheet 選択肢 holds the drop-down lists; sheet 支援方針一覧 restates the briefing's table (reference only, "
           "not answers). 回答日 令和6年8月28日 (E3) is extra."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
