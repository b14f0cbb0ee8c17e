#!/usr/bin/python3
"""obi-w16-a: Microsoft Forms response export of the offline-backup intent survey, as held by the
secretariat, with one column added by the secretariat (支援方針, by formula). Saved by openpyxl, then
re-saved by LibreOffice so that the formula results are cached."""
import datetime as dt, json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.utils import get_column_letter

OUT = "/work/blind/wave16/offline-backup-intent"
NAME = "obi-w16-a-forms-response-export"

Q_COUNT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップ状況について、「別紙5_各媒体におけるオフライン状態の定義」をご確認の上、該当するものを選択してください。"
Q_INTENT = "本事業でのオフラインバックアップ支援に関するご意向を選択してください。"
Q_STORAGE = "オフラインバックアップの保存先（ご希望）を選択してください。"
Q_REMARKS = "その他、ご質問・ご要望等がございましたらご記入ください。"
Q_POLICY = "支援方針（事務局判定）"

ST = {
    "OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップを運用している",
    "PLANNING_WITH_VENDOR": "電子カルテベンダ様等とオフラインバックアップの方針を検討中である",
    "NOT_IMPLEMENTED": "オフラインバックアップは実施していない",
}
IN = {
    "PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
    "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "NO_SUPPORT_NEEDED": "本事業での支援は不要（電子カルテベンダ様等と検討中のため）",
}
SG = {"ON_PREMISES_MEDIA": "院内の物理媒体に保存", "EXTERNAL_CLOUD": "外部クラウド環境に保存"}
POL = {"NOT_ELIGIBLE": "対象外", "REPORT_ONLY": "報告のみ", "SUPPORT_A": "支援A", "SUPPORT_B": "支援B",
       "SUPPORT_C": "支援C"}

def policy(v):
    if v["currentState"] == "OFFLINE_IN_OPERATION":
        return "NOT_ELIGIBLE"
    return {"NO_SUPPORT_NEEDED": "REPORT_ONLY", "PROCURE_THIS_YEAR": "SUPPORT_A",
            "PROCURE_NEXT_YEAR": "SUPPORT_B", "CONNECT_EXISTING": "SUPPORT_C"}[v["intent"]]

# (start, end, mail, name, values, count written as text?)
rows = [
    (dt.datetime(2024, 7, 10, 9, 12, 41), dt.datetime(2024, 7, 10, 9, 20, 3),
     "johosys@sanuki-chuo-hp.example.jp", "大西 健一",
     {"patientCount": 1280, "hospitalName": "医療法人社団瀬戸会　さぬき中央病院",
      "currentState": "NOT_IMPLEMENTED", "intent": "PROCURE_THIS_YEAR", "storage": "ON_PREMISES_MEDIA",
      "remarks": "打合せには電子カルテベンダ（保守担当）も同席予定です。"}, False),
    (dt.datetime(2024, 7, 16, 14, 3, 9), dt.datetime(2024, 7, 16, 14, 6, 55),
     "soumu@takamatsu-higashi.example.jp", "香川 美和",
     {"patientCount": 860, "hospitalName": "社会医療法人讃岐会 高松東病院",
      "currentState": "OFFLINE_IN_OPERATION",
      "remarks": "LTOテープに週1回取得し、取得後はドライブから取り外して施錠保管しています。"}, False),
    (dt.datetime(2024, 7, 24, 10, 41, 0), dt.datetime(2024, 7, 24, 10, 47, 32),
     "it@sakaide-minato.example.jp", "森 弘樹",
     {"patientCount": 415, "hospitalName": "坂出みなと病院",
      "currentState": "PLANNING_WITH_VENDOR", "intent": "NO_SUPPORT_NEEDED"}, True),
    (dt.datetime(2024, 8, 2, 16, 20, 18), dt.datetime(2024, 8, 2, 16, 31, 44),
     "iryojoho@kanonji-sogo.example.jp", "真鍋 里美",
     {"patientCount": 2630, "hospitalName": "観音寺総合病院",
      "currentState": "NOT_IMPLEMENTED", "intent": "PROCURE_NEXT_YEAR", "storage": "EXTERNAL_CLOUD",
      "remarks": "機器の予算措置が令和7年度になる見込みのため、次年度以降を選択しました。\nクラウドの月額費用の目安を教えてください。"}, False),
    (dt.datetime(2024, 8, 21, 11, 5, 27), dt.datetime(2024, 8, 21, 11, 9, 2),
     "jimu@marugame-kinen.example.jp", "三好 直樹",
     {"patientCount": 312, "hospitalName": "丸亀記念病院",
      "currentState": "PLANNING_WITH_VENDOR", "intent": "CONNECT_EXISTING", "storage": "ON_PREMISES_MEDIA"}, False),
    (dt.datetime(2024, 8, 29, 17, 48, 36), dt.datetime(2024, 8, 29, 17, 55, 10),
     "hamakaze-hp@mitoyo.example.jp", "安藤 さやか",
     {"patientCount": 96, "hospitalName": "三豊はまかぜ病院",
      "currentState": "NOT_IMPLEMENTED", "intent": "CONNECT_EXISTING", "storage": "EXTERNAL_CLOUD"}, False),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE,
           Q_REMARKS, Q_POLICY]
for c, h in enumerate(headers, 1):
    cell = ws.cell(row=1, column=c, value=h)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(row=1, column=12).fill = PatternFill("solid", fgColor="FFF2CC")

subs = []
for i, (t0, t1, mail, name, v, as_text) in enumerate(rows):
    r = i + 2
    ws.cell(row=r, column=1, value=i + 1)
    for col, t in ((2, t0), (3, t1)):
        c = ws.cell(row=r, column=col, value=t)
        c.number_format = "yyyy/m/d h:mm:ss"
    ws.cell(row=r, column=4, value=mail)
    ws.cell(row=r, column=5, value=name)
    ws.cell(row=r, column=6, value=str(v["patientCount"]) if as_text else v["patientCount"])
    ws.cell(row=r, column=7, value=v["hospitalName"])
    ws.cell(row=r, column=8, value=ST[v["currentState"]])
    if "intent" in v:
        ws.cell(row=r, column=9, value=IN[v["intent"]])
    if "storage" in v:
        ws.cell(row=r, column=10, value=SG[v["storage"]])
    if "remarks" in v:
        ws.cell(row=r, column=11, value=v["remarks"]).alignment = Alignment(wrap_text=True, vertical="top")
    # secretariat's derivation formula
    ws.cell(row=r, column=12, value=(
        f'=IF(H{r}="","",IF(ISNUMBER(SEARCH("運用している",H{r})),"対象外",'
        f'IF(ISNUMBER(SEARCH("支援は不要",I{r})),"報告のみ",'
        f'IF(ISNUMBER(SEARCH("年度内",I{r})),"支援A",'
        f'IF(ISNUMBER(SEARCH("次年度以降",I{r})),"支援B",'
        f'IF(ISNUMBER(SEARCH("既存設備",I{r})),"支援C","要確認"))))))'))
    vals = dict(v)
    vals["supportPolicy"] = policy(v)
    subs.append({"row": r, "values": vals})

widths = [5, 18, 18, 34, 14, 22, 34, 40, 44, 22, 50, 14]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.freeze_panes = "A2"

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
               capture_output=True)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "offline-backup-intent",
    "version": "R6",
    "file": NAME + ".xlsx",
    "submissions": subs,
    "planted": [],
    "notes": ("Microsoft Forms response export (sheet Sheet1, header row 1, one hospital per row 2-7); tool columns "
              "ID/開始時刻/完了時刻/メール/名前 are not form keys. Column L 支援方針（事務局判定） was added by the "
              "secretariat as a formula (values cached by a LibreOffice re-save); supportPolicy is the derived value. "
              "Skipped questions (intent/storage for 対象外, storage for 報告のみ) are blank by the survey's branching. "
              "Row 4 patient count is stored as text '415'. Hospital names may contain a full-width space (row 2)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
shutil.rmtree(tmpd)
print("ok")
