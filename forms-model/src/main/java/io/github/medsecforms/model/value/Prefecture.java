package io.github.medsecforms.model.value;

import io.github.medsecforms.model.meta.ChoiceBasis;
import io.github.medsecforms.model.Choice;
import java.text.Normalizer;
import java.util.Optional;

/** The 47 prefectures with their JIS X 0401 codes (01–47) and official names. */
@ChoiceBasis("our design: 都道府県名は JIS X 0401 の名称を使う（資料の外の公的な一覧）")
public enum Prefecture implements Choice {
    HOKKAIDO(1, "北海道"),
    AOMORI(2, "青森県"),
    IWATE(3, "岩手県"),
    MIYAGI(4, "宮城県"),
    AKITA(5, "秋田県"),
    YAMAGATA(6, "山形県"),
    FUKUSHIMA(7, "福島県"),
    IBARAKI(8, "茨城県"),
    TOCHIGI(9, "栃木県"),
    GUNMA(10, "群馬県"),
    SAITAMA(11, "埼玉県"),
    CHIBA(12, "千葉県"),
    TOKYO(13, "東京都"),
    KANAGAWA(14, "神奈川県"),
    NIIGATA(15, "新潟県"),
    TOYAMA(16, "富山県"),
    ISHIKAWA(17, "石川県"),
    FUKUI(18, "福井県"),
    YAMANASHI(19, "山梨県"),
    NAGANO(20, "長野県"),
    GIFU(21, "岐阜県"),
    SHIZUOKA(22, "静岡県"),
    AICHI(23, "愛知県"),
    MIE(24, "三重県"),
    SHIGA(25, "滋賀県"),
    KYOTO(26, "京都府"),
    OSAKA(27, "大阪府"),
    HYOGO(28, "兵庫県"),
    NARA(29, "奈良県"),
    WAKAYAMA(30, "和歌山県"),
    TOTTORI(31, "鳥取県"),
    SHIMANE(32, "島根県"),
    OKAYAMA(33, "岡山県"),
    HIROSHIMA(34, "広島県"),
    YAMAGUCHI(35, "山口県"),
    TOKUSHIMA(36, "徳島県"),
    KAGAWA(37, "香川県"),
    EHIME(38, "愛媛県"),
    KOCHI(39, "高知県"),
    FUKUOKA(40, "福岡県"),
    SAGA(41, "佐賀県"),
    NAGASAKI(42, "長崎県"),
    KUMAMOTO(43, "熊本県"),
    OITA(44, "大分県"),
    MIYAZAKI(45, "宮崎県"),
    KAGOSHIMA(46, "鹿児島県"),
    OKINAWA(47, "沖縄県");

    private final int code;
    private final String label;

    Prefecture(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** JIS X 0401 code, 1–47. */
    public int code() {
        return code;
    }

    /** Official name with its suffix, e.g. {@code 岡山県}, {@code 東京都}, {@code 北海道}. */
    @Override
    public String label() {
        return label;
    }

    /** The prefecture with JIS code {@code code} (1–47). */
    public static Prefecture ofCode(int code) {
        if (code < 1 || code > 47) {
            throw new InvalidValueException(ValueError.PREFECTURE_UNKNOWN, Integer.toString(code));
        }
        return values()[code - 1];
    }

    /** Finds a prefecture by name, with or without its 都・府・県 suffix (e.g. {@code 岡山} or {@code 岡山県}). */
    public static Optional<Prefecture> find(CharSequence name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replace(" ", "").replace("\u3000", "");
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (Prefecture p : values()) {
            if (p.label.equals(n) || (!p.label.equals("北海道") && p.label.substring(0, p.label.length() - 1).equals(n))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The prefecture an address starts with, written in full (香川県高松市…, 東京都…, 北海道…), e.g. to expand a 7-digit
     * 医療機関コード on a form whose 住所 names the prefecture; empty when the address does not start with one.
     */
    public static Optional<Prefecture> ofAddress(CharSequence address) {
        String a = Normalizer.normalize(address, Normalizer.Form.NFKC).strip().replaceFirst("^〒?[0-9]{3}-?[0-9]{4}", "")
                .strip();
        for (Prefecture p : values()) {
            if (a.startsWith(p.label)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #find} but throws a coded error naming the input when nothing matches. */
    public static Prefecture parse(CharSequence name) {
        return find(name).orElseThrow(() -> new InvalidValueException(ValueError.PREFECTURE_UNKNOWN, name));
    }
}
