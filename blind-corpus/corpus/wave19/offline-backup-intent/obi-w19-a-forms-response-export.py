#!/usr/bin/python3
"""obi-w19-a: Microsoft Forms response export of the オフラインバックアップ支援意向アンケート
as the programme secretariat holds it (one row per hospital), with one column the
secretariat added (支援方針, an IF formula), re-saved by LibreOffice so formula results are cached."""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT_DIR = "/work/blind/wave19/offline-backup-intent"
NAME = "obi-w19-a-forms-response-export.xlsx"

Q_COUNT = ("患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている"
           "患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップについて、最も近いものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ支援の意向について選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等がございましたらご記入ください。"

S_OFF = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ様等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要（電子カルテベンダ様等と方針検討中）"
ST_MEDIA = "院内の物理媒体"
ST_CLOUD = "外部クラウド"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS,
           "支援方針（事務局判定）"]

T = dt.datetime
rows = [
    # id, start, end, mail, name, count, hospital, state, intent, storage, remarks
    (1, T(2024, 8, 5, 9, 12, 44), T(2024, 8, 5, 9, 16, 3), "it-kanri@sakura-chuo-hp.example.jp",
     "中村 由美", 1250, "医療法人社団緑風会 さくら中央病院", S_OFF, None, None,
     "LTOテープへ週1回取得し、院外の倉庫で保管しています。\n電子カルテベンダにて月1回リストアテストを実施済みです。"),
    (2, T(2024, 8, 7, 13, 40, 2), T(2024, 8, 7, 13, 52, 31), "johosys@takamatsu-minami.example.jp",
     "大西 健太", 842, "高松南記念病院", S_NONE, I_A, ST_MEDIA, None),
    (3, T(2024, 8, 9, 16, 3, 10), T(2024, 8, 9, 16, 9, 58), "soumu@ayagawa-hp.example.jp",
     "川田 恵", "2980", "医療法人 綾川会 綾川病院", S_PLAN, I_NO, ST_CLOUD,
     "現在、電子カルテ更改（令和7年3月予定）にあわせてベンダとクラウドバックアップを検討しています。"),
    (4, T(2024, 8, 19, 10, 21, 37), T(2024, 8, 19, 10, 30, 5), "iryojoho@kotohira-kosei.example.jp",
     "森 達也", 356, "琴平厚生病院", S_NONE, I_C, ST_MEDIA, None),
    (5, T(2024, 8, 26, 11, 5, 48), T(2024, 8, 26, 11, 18, 20), "system@setouchi-med.example.jp",
     "藤井 直樹", 1734, "社会医療法人 瀬戸内医療センター", S_PLAN, I_B, ST_MEDIA,
     "サーバ購入は来年度予算で要求予定です。"),
    (6, T(2024, 8, 29, 17, 44, 9), T(2024, 8, 29, 17, 49, 51), "kikaku@mitoyo-city-hp.example.jp",
     "香川 沙織", 95, "三豊市立西部病院", S_NONE, I_C, ST_CLOUD, None),
]

FORMULA = ('=IF(H{r}="","",IF(H{r}="%s","対象外",IF(I{r}="%s","報告のみ",IF(I{r}="%s","支援A",'
           'IF(I{r}="%s","支援B",IF(I{r}="%s","支援C","要確認"))))))') % (S_OFF, I_NO, I_A, I_B, I_C)


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(headers)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for r_i, row in enumerate(rows, start=2):
        for c_i, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r_i, column=c_i, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "yyyy/m/d h:mm:ss"
            if c_i == 11:
                cell.alignment = Alignment(wrap_text=True)
        ws.cell(row=r_i, column=12, value=FORMULA.format(r=r_i))
    widths = [6, 18, 18, 34, 14, 30, 34, 40, 44, 20, 50, 18]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = w
    ws.freeze_panes = "A2"
    wb.save(path)


if __name__ == "__main__":
    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, NAME)
    build(raw)
    outtmp = os.path.join(tmp, "lo")
    os.makedirs(outtmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outtmp, raw],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(outtmp, NAME), os.path.join(OUT_DIR, NAME))
    shutil.rmtree(tmp)
    print("wrote", os.path.join(OUT_DIR, NAME))
