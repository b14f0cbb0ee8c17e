package io.github.medsecforms.json.internal.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.value.BedBand;
import io.github.medsecforms.model.value.EmailAddress;
import io.github.medsecforms.model.value.FiscalYear;
import io.github.medsecforms.model.value.Fqdn;
import io.github.medsecforms.model.value.HospitalCode;
import io.github.medsecforms.model.value.ImageData;
import io.github.medsecforms.model.value.Ipv4Address;
import io.github.medsecforms.model.value.Ipv4Cidr;
import io.github.medsecforms.model.value.PhoneNumber;
import io.github.medsecforms.model.value.PostalCode;
import io.github.medsecforms.model.value.Secret;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * The schemas of the types the Jackson view writes as text (value types, dates, choices, secrets) and of
 * images. Patterns describe the canonical text the writer produces; the reader also accepts the lenient
 * notations of the value types' {@code parse} methods (full-width digits, Japanese wording of choices, …).
 */
final class ValueSchemas {
    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    static final String IPV4 = "(?:" + OCTET + "\\.){3}" + OCTET;
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final String HYPHENS = "~〜～\\-‐‑‒–—―−ー－ｰ⁃";

    private ValueSchemas() {
    }

    /** The schema of {@code type}, or null if it is not written as a value. */
    static ObjectNode of(Class<?> type) {
        if (type == HospitalCode.class) {
            return text("医療機関コード（10桁、検証番号付き）", "Medical institution code: 10 digits with a Luhn check digit",
                    "^[0-9]{10}$", null);
        }
        if (type == PostalCode.class) {
            return text("郵便番号", "Postal code NNN-NNNN", "^[0-9]{3}-[0-9]{4}$", null);
        }
        if (type == PhoneNumber.class) {
            return text("電話番号", "Japanese phone number: 10 or 11 digits starting with 0, hyphens optional",
                    "^0(?:-?[0-9]){9,10}$", null);
        }
        if (type == EmailAddress.class) {
            return text("メールアドレス", "E-mail address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "email");
        }
        if (type == Ipv4Address.class) {
            return text("IPv4アドレス", "IPv4 address in dotted-quad notation, no leading zeros", "^" + IPV4 + "$", "ipv4");
        }
        if (type == Ipv4Cidr.class) {
            return text("IPv4アドレス（CIDR表記）", "IPv4 interface address with prefix length, e.g. 192.168.1.131/24",
                    "^" + IPV4 + "/(?:3[0-2]|[12]?[0-9])$", null);
        }
        if (type == Fqdn.class) {
            return text("FQDN", "Fully qualified domain name",
                    "^(?=.{1,253}$)(?:" + LABEL + "\\.)+(?![0-9]+$)" + LABEL + "$", null);
        }
        if (type == FiscalYear.class) {
            return text("年度", "Fiscal year code: R6 = 令和6年度 (April 2024 to March 2025), H30 = 平成30年度",
                    "^(?:R[1-9][0-9]{0,3}|H[1-9][0-9]?)$", null);
        }
        if (type == BedBand.class) {
            return text("病床規模",
                    "Bed band as the quota table labels it, e.g. 20~99床, 200床以上, 99床以下, 20床以上100床未満",
                    "^\\s*[0-9]+\\s*床?\\s*(?:[" + HYPHENS + "]\\s*[0-9]+\\s*床?|(?:以上|超)(?:\\s*[0-9]+\\s*床?\\s*(?:以下|未満))?"
                            + "|以下|未満)\\s*$", null);
        }
        if (type == LocalDate.class) {
            return text("日付", "Date, ISO-8601 (yyyy-MM-dd)", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "date");
        }
        if (type == Secret.class) {
            ObjectNode node = text("パスワード（出力されない）",
                    "Never written: \"********\" when set, \"\" when empty; reads back as empty", null, null);
            node.putArray("enum").add("").add("********");
            return node;
        }
        if (type == ImageData.class) {
            return image();
        }
        if (type.isEnum() && Choice.class.isAssignableFrom(type)) {
            return choice(type);
        }
        return null;
    }

    private static ObjectNode text(String title, String description, String pattern, String format) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", "string");
        node.put("title", title);
        node.put("description", description);
        if (format != null) {
            node.put("format", format);
        }
        if (pattern != null) {
            node.put("pattern", pattern);
        }
        return node;
    }

    private static ObjectNode choice(Class<?> type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", "string");
        StringJoiner description = new StringJoiner(", ",
                "Choice by English constant name; the official Japanese wording is also accepted on input: ", "");
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            String label = ((Choice) constant).label();
            description.add(name + " = " + label);
            labels.put(name, label);
        }
        node.put("description", description.toString());
        var values = node.putArray("enum");
        for (Object constant : type.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        node.set("x-labels", labels);
        return node;
    }

    private static ObjectNode image() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", "object");
        node.put("title", "画像");
        node.put("description", "Embedded image: media type and the encoded bytes in Base64");
        ObjectNode properties = node.putObject("properties");
        ObjectNode mediaType = properties.putObject("mediaType");
        mediaType.put("type", "string");
        mediaType.put("description", "image/png or image/jpeg");
        mediaType.put("pattern", "^image/[a-z0-9.+-]+$");
        ObjectNode data = properties.putObject("data");
        data.put("type", "string");
        data.put("description", "The image, Base64 (RFC 4648, standard alphabet, padded)");
        data.put("contentEncoding", "base64");
        data.put("pattern", "^[A-Za-z0-9+/]*={0,2}$");
        node.putArray("required").add("mediaType").add("data");
        node.put("additionalProperties", false);
        return node;
    }
}
