package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Choice;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What a line's 通信形態 means for the rules: the terms the briefing shows (seed 002: インターネット, インターネットVPN in
 * the example rows, 閉域網 in 「閉域網に接続された回線は対象外」). 通信形態 itself is free text — 「回線の属性、システム名は
 * ブルタウンリストから選択していただけますが、当てはまらない場合はその用語をご記入ください」 — and {@link #classify} tells
 * which of these a written term is, if any.
 */
public enum CommunicationType implements Choice {
    INTERNET("インターネット"),
    INTERNET_VPN("インターネットVPN"),
    CLOSED_NETWORK("閉域網");

    private final String label;

    CommunicationType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The listed term a written 通信形態 stands for, tolerant of obvious spellings: NFKC, white space, hyphens and
     * middle dots ignored, case folded; anything naming 閉域 is a closed network (閉域網, 閉域ネットワーク, 閉域網（IP-VPN）);
     * インターネット with VPN is an Internet VPN (インターネットVPN, インターネット-VPN, ｲﾝﾀｰﾈｯﾄＶＰＮ); インターネット alone,
     * or with a bracketed remark, is the Internet; the constant names (INTERNET_VPN) are accepted too. Any other term —
     * the user's own, such as IP-VPN, 広域イーサネット or VPN alone — is empty: valid, but no rule reads a meaning into it.
     */
    public static Optional<CommunicationType> classify(CharSequence text) {
        String k = key(text);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        if (k.contains("閉域") || k.equals("closednetwork")) {
            return Optional.of(CLOSED_NETWORK);
        }
        boolean internet = k.startsWith("インターネット") || k.startsWith("internet");
        if (internet && k.contains("vpn")) {
            return Optional.of(INTERNET_VPN);
        }
        String bare = k.replaceAll("[(（\\[【].*$", "");
        if (bare.equals("インターネット") || bare.equals("internet")) {
            return Optional.of(INTERNET);
        }
        return Optional.empty();
    }

    private static String key(CharSequence text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                        && "-‐‑‒–—―_・".indexOf(cp) < 0)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
