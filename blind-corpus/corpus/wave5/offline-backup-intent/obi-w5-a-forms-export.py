# Generates obi-w5-a-forms-export.xlsx: a Microsoft Forms response export of the
# 「オフラインバックアップ支援意向に関するアンケート」 (one sheet, one row per hospital).
import os
from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obi-w5-a-forms-export.xlsx")

HEAD = [
    "ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
    "病院名を入力してください。",
    "患者数を入力してください。",
    "現在の電子カルテのオフラインバックアップの状況について、あてはまるものを選択してください。",
    "本事業におけるオフラインバックアップ支援のご意向について、あてはまるものを選択してください。",
    "オフラインバックアップの保存先として希望するものを選択してください。",
    "その他、ご意見・ご質問等があればご記入ください。",
]

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（今年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_N = "本事業での支援は不要"
ST_M = "院内の物理媒体"
ST_C = "外部クラウド環境"

ROWS = [
    (1, datetime(2024, 8, 5, 9, 12, 33), datetime(2024, 8, 5, 9, 18, 2), "it-admin@aobadai-kinen.example.jp", "青葉台記念病院 情報システム室",
     None, "医療法人社団 青葉会 青葉台記念病院", 412, S_NONE, I_A, ST_M,
     "別紙6の物品一覧から機種を選定中です。"),
    (2, datetime(2024, 8, 6, 14, 40, 5), datetime(2024, 8, 6, 14, 44, 51), "johosys@minato-gh.example.jp", "市立みなと総合病院 医療情報課",
     None, "市立みなと総合病院", 1850, S_OP, None, None,
     "LTOテープに週1回取得し、別棟の書庫で保管しています。"),
    (3, datetime(2024, 8, 9, 10, 3, 17), datetime(2024, 8, 9, 10, 15, 40), "jimu@midorigawa-hp.example.jp", "みどり川病院 事務部",
     datetime(2024, 8, 19, 16, 22, 8), "社会医療法人 清和会 みどり川病院", 96, S_PLAN, I_N, None,
     "電子カルテ更新（令和7年度予定）に合わせてベンダと検討中のため、今回の支援は不要です。"),
    (4, datetime(2024, 8, 20, 11, 55, 0), datetime(2024, 8, 20, 12, 2, 36), "soumu@higashihama-ch.example.jp", "東浜中央病院 総務課",
     None, "医療法人 はまなす会 東浜中央病院", 230, S_NONE, I_B, ST_C,
     None),
    (5, datetime(2024, 8, 27, 17, 30, 48), datetime(2024, 8, 27, 17, 41, 9), "sys@kunimidai-kosei.example.jp", "国見台厚生病院 システム管理室",
     None, "国見台厚生病院", 2760, S_NONE, I_C, ST_M,
     "既存のバックアップサーバにRDXを接続する想定です。\n予算は今年度中に確保済みです。"),
    (6, datetime(2024, 8, 30, 8, 47, 21), datetime(2024, 8, 30, 8, 52, 3), "yamabiko-jimu@yamabiko-ryoyo.example.jp", "やまびこ療養病院 事務長",
     None, "やまびこ療養病院", 38, S_PLAN, I_A, ST_C,
     None),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEAD)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=False)
for r in ROWS:
    ws.append(list(r))
for row in ws.iter_rows(min_row=2):
    for c in (row[1], row[2], row[5]):
        if c.value is not None:
            c.number_format = "yyyy/m/d h:mm:ss"
    row[11].alignment = Alignment(wrap_text=True)
widths = [6, 18, 18, 34, 28, 18, 34, 12, 40, 44, 22, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws.freeze_panes = "A2"
wb.save(OUT)
print("wrote", OUT)
