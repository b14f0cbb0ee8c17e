# Generator: clm-w41-a-okayama-print-combined-cells.xlsx
# Okayama 最低限の措置編 drawn as the printed form: heading rows, answer+date in one cell
# ("はい\n(10/7)"), untouched template placeholders left in unused cells. Re-saved by LibreOffice.
import sys, os, subprocess, shutil, json
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave41/checklist-minimum"
NAME = "clm-w41-a-okayama-print-combined-cells"

thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9")
FONT = "ＭＳ Ｐゴシック"

TEMPLATE_ANS = "はい・いいえ\n(　　/　　)"
TEMPLATE_DATE = "(　　/　　)"

rows = [
    ("H", "○パスワードを強固なものに変更し、使い回しをしない"),
    ("I", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n(10/7)", TEMPLATE_DATE, TEMPLATE_ANS, ""),
    ("I", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n(10/7)", "(12/20)", "はい\n(12/16)", "電子カルテ保守端末とUTM管理画面で\n同一PWを使用していたため変更"),
    ("I", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n(10/7)", TEMPLATE_DATE, TEMPLATE_ANS, "10/4 全職員向け院内メール・掲示で周知"),
    ("H", "○IoT 機器を含む情報資産の通信制御を確認する"),
    ("I", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "いいえ\n(10/7)", "(1/31)", "はい\n(1/24)", "検査機器の保守回線を含め\nベンダー2社と接続点一覧を作成"),
    ("I", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n(10/7)", TEMPLATE_DATE, TEMPLATE_ANS, ""),
    ("I", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n(10/8)", "(12/27)", "はい・いいえ\n(　　/　　)", "月1回のログ確認手順を作成中 "),
    ("H", "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"),
    ("I", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n(10/8)", TEMPLATE_DATE, TEMPLATE_ANS, "VPN装置FW更新済(9月)"),
    ("I", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n(10/8)", TEMPLATE_DATE, TEMPLATE_ANS, ""),
]

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"
for col, w in zip("ABCDE", (62, 13, 11, 13, 30)):
    ws.column_dimensions[col].width = w

def put(ref, v, bold=False, size=10.5, align=None, border=None, fill=None):
    c = ws[ref]; c.value = v
    c.font = Font(name=FONT, bold=bold, size=size)
    if align: c.alignment = align
    if border: c.border = border
    if fill: c.fill = fill
    return c

ws.merge_cells("A1:E1"); put("A1", "医療機関におけるサイバーセキュリティ対策チェックリスト", True, 14, Alignment(horizontal="center"))
ws.merge_cells("A2:E2"); put("A2", "「サイバー攻撃リスク低減のための最低限の措置」編", True, 12, Alignment(horizontal="center"))
put("E3", "医療機関確認用", True, 11, Alignment(horizontal="right"))
put("A5", "医療機関名", True, 11)
ws.merge_cells("B5:E5"); put("B5", "医療法人 吉井会 赤磐みどり病院", False, 11, Alignment(horizontal="left"))
for col in "BCDE":
    ws[f"{col}5"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡 各都道府県等衛生主管部(局)宛厚生労働省医政局特定医薬品開発支援・医療情報担当参事官及び厚生労働省政策統括官付サイバーセキュリティ担当参事官室）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(f"A{r}:E{r}")
    put(f"A{r}", n, False, 9, wrap_l)
    ws.row_dimensions[r].height = 40 if len(n) > 80 else 15
    r += 1
# header rows 12-13
ws.merge_cells("A12:A13"); put("A12", "チェック項目", True, 10.5, wrap_c, box, grey)
ws.merge_cells("B12:D12"); put("B12", "確認結果（日付）", True, 10.5, wrap_c, box, grey)
ws.merge_cells("E12:E13"); put("E12", "備考", True, 10.5, wrap_c, box, grey)
for col, t in zip("BCD", ("1回目", "目標日", "2回目")):
    put(f"{col}13", t, True, 10.5, wrap_c, box, grey)
for ref in ("C12", "D12", "A13", "E13"):
    ws[ref].border = box
r = 14
for row in rows:
    if row[0] == "H":
        ws.merge_cells(f"A{r}:E{r}")
        put(f"A{r}", row[1], True, 10.5, Alignment(vertical="center"), box)
        for col in "BCDE":
            ws[f"{col}{r}"].border = box
        ws.row_dimensions[r].height = 20
    else:
        _, text, a1, tgt, a2, rem = row
        put(f"A{r}", text, False, 10, wrap_l, box)
        put(f"B{r}", a1, False, 10, wrap_c, box)
        put(f"C{r}", tgt, False, 10, wrap_c, box)
        put(f"D{r}", a2, False, 10, wrap_c, box)
        put(f"E{r}", rem if rem else None, False, 9, wrap_l, box)
        ws.row_dimensions[r].height = 48
    r += 1
ws.print_area = f"A1:E{r-1}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

tmpdir = "/tmp/clx_build_clm_a"
shutil.rmtree(tmpdir, ignore_errors=True); os.makedirs(tmpdir + "/out")
src = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmpdir + "/out", src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmpdir, "out", NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved", os.path.join(OUT, NAME + ".xlsx"))
