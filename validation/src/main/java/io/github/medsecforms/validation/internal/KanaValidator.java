package io.github.medsecforms.validation.internal;

import io.github.medsecforms.model.constraints.Kana;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link Kana} ({@code MSF-FLD-0002}): a reading written in hiragana or katakana. Allowed are hiragana,
 * katakana (full and half width, with voiced sound marks and the small letters), the long vowel mark {@code ー},
 * the middle dot {@code ・}, spaces (half and full width), digits (half and full width) and common punctuation.
 * Kanji, Latin letters and everything else are refused. Empty text and {@code null} are valid.
 */
public final class KanaValidator implements ConstraintValidator<Kana, String> {
    /** Punctuation seen in readings of names and addresses (half and full width). */
    private static final String PUNCTUATION = "-‐‑−－、。，．,.（）()「」『』［］[]／/〜～~&＆'’!！?？:：";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.codePoints().allMatch(KanaValidator::isAllowed);
    }

    static boolean isAllowed(int cp) {
        return (cp >= 0x3041 && cp <= 0x3096)     // hiragana ぁ…ゖ
                || (cp >= 0x3099 && cp <= 0x309F) // voiced sound marks ゛゜, iteration marks ゝゞ, ゟ
                || (cp >= 0x30A0 && cp <= 0x30FF) // katakana ゠ァ…ヺ, middle dot ・, long vowel mark ー, ヽヾヿ
                || (cp >= 0x31F0 && cp <= 0x31FF) // small katakana extensions ㇰ…ㇿ
                || (cp >= 0xFF61 && cp <= 0xFF9F) // half-width katakana with ｡｢｣､･ｰﾞﾟ
                || cp == ' ' || cp == 0x3000      // spaces, half and full width
                || (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19)
                || PUNCTUATION.indexOf(cp) >= 0;
    }
}
