#!/usr/bin/python3
"""obi-w28-a: Microsoft Forms response export of the
「オフラインバックアップ支援意向に関するアンケート」, as downloaded by the secretariat,
with one column (支援方針) added at the right as a formula. Re-saved by LibreOffice so the
formula results are cached."""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = "/work/blind/wave28/offline-backup-intent"
NAME = "obi-w28-a-forms-export-with-policy-column.xlsx"

S_DONE = "既に電子カルテのオフラインバックアップを取得済み（運用中）"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは未実施"
I_THIS = "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）"
I_NEXT = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_CONN = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"
T_MEDIA = "院内の物理媒体に保存"
T_CLOUD = "外部クラウド環境に保存（サーバ新設は不要）"

HEAD = [
    "ID", "開始時刻", "完了時刻", "メール", "名前",
    "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。",
    "病院名を入力してください。",
    "現在の電子カルテのバックアップの状況について、該当するものを選択してください。\n（「別紙5_各媒体におけるオフライン状態の定義」をご確認の上、ご回答ください）",
    "本事業でのオフラインバックアップ支援の意向について、該当するものを選択してください。",
    "オフラインバックアップの保存先として希望するものを選択してください。",
    "その他、ご意見・ご質問等がございましたらご記入ください。",
]

# (start, minutes, mail, name, count(text), hospital, state, intent, storage, remarks)
ROWS = [
    (dt.datetime(2024, 7, 16, 9, 41, 12), 6, "jyoho-sys@minato-cityhp.jp", "港 健一",
     "1250", "市立みなと総合病院", S_NONE, I_THIS, T_MEDIA, ""),
    (dt.datetime(2024, 7, 18, 14, 3, 55), 3, "soumu@sakuradai-hp.or.jp", "佐倉 由美",
     "380", "医療法人社団緑風会　さくら台病院", S_DONE, "", "", "LTOテープに週1回取得し、院外の倉庫で保管しています。"),
    (dt.datetime(2024, 7, 23, 10, 20, 7), 9, "i-kato@aobachuo.jp", "加藤 勲",
     "2140", "社会医療法人青葉会 青葉中央病院 ", S_PLAN, I_NO, "",
     "電子カルテ更新（令和7年3月予定）に合わせ、ベンダとオフラインバックアップ構成を検討中です。\n構成が決まり次第、事務局へご報告します。"),
    (dt.datetime(2024, 8, 2, 16, 47, 30), 12, "sys-admin@kitanomori-hosp.jp", "森田 真司",
     "760", "北の森記念病院", S_NONE, I_NEXT, T_CLOUD, "今年度は予算措置が間に合わないため、次年度に調達予定です。"),
    (dt.datetime(2024, 8, 19, 11, 5, 44), 5, "kawabe.j@kawabe-hp.jp", "川辺 順子",
     "95", "医療法人　川辺医院 川辺病院", S_NONE, I_CONN, T_MEDIA, ""),
    (dt.datetime(2024, 8, 29, 17, 32, 2), 7, "it-support@higashi-mc.or.jp", "東 大輔",
     "1830", "独立行政法人 東ヶ丘医療センター", S_PLAN, I_CONN, T_CLOUD,
     "ベンダと検討中ですが、既存バックアップサーバへの媒体接続について支援を希望します。"),
]


def policy_formula(r):
    h, i = f"H{r}", f"I{r}"
    return (f'=IF({h}="","",IF(ISNUMBER(SEARCH("取得済",{h})),"対象外",'
            f'IF(ISNUMBER(SEARCH("支援は不要",{i})),IF(ISNUMBER(SEARCH("検討中",{h})),"報告のみ","要確認"),'
            f'IF(ISNUMBER(SEARCH("年度内",{i})),"支援A",IF(ISNUMBER(SEARCH("次年度",{i})),"支援B",'
            f'IF(ISNUMBER(SEARCH("既存設備",{i})),"支援C","要確認"))))))')


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for c, h in enumerate(HEAD, 1):
        ws.cell(1, c, h)
    ws.cell(1, 12, "支援方針（事務局判定）")
    ws.cell(1, 12).fill = PatternFill("solid", fgColor="FFF2CC")
    ws.cell(1, 12).font = Font(bold=True)
    for n, (st, mins, mail, nm, cnt, hosp, s, i, t, rem) in enumerate(ROWS, 1):
        r = n + 1
        ws.cell(r, 1, n)
        ws.cell(r, 2, st).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(r, 3, st + dt.timedelta(minutes=mins, seconds=17 * n)).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(r, 4, mail)
        ws.cell(r, 5, nm)
        ws.cell(r, 6, cnt)
        ws.cell(r, 7, hosp)
        ws.cell(r, 8, s)
        ws.cell(r, 9, i or None)
        ws.cell(r, 10, t or None)
        ws.cell(r, 11, rem or None)
        ws.cell(r, 12, policy_formula(r))
        for c in range(1, 13):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
    tab = Table(displayName="Table1", ref=f"A1:K{len(ROWS) + 1}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    widths = [6, 18, 18, 30, 12, 22, 34, 40, 44, 30, 50, 20]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + c)].width = w
    ws.freeze_panes = "A2"
    wb.save(path)


def main():
    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, NAME)
    build(raw)
    outdir = os.path.join(tmp, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(outdir, NAME), os.path.join(OUT, NAME))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
