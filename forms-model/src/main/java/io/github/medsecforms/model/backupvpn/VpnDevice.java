package io.github.medsecforms.model.backupvpn;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 9. A VPN device model: メーカー名, 型番, 台数 — our design of one row per model; the guide asks for a description
 * (「VPN装置のメーカー名、型番、台数を全て記載すること」「（記述方式）」), which {@link #split} reads as rows where it can.
 */
public record VpnDevice(
        @Label(value = "メーカー名", en = "Maker", required = true, example = "Fortinet")
        String maker,
        @Label(value = "型番", en = "Model", required = true, example = "FortiGate-60F")
        String model,
        @Label(value = "台数", en = "Count", required = true, example = "1")
        Optional<Integer> count) {

    /** One part of a description: maker, then model, then the count (「2台」, 「×2」). */
    private static final Pattern PART =
            Pattern.compile("^(\\S+)\\s+(\\S.*?)\\s*(?:[×xX*]\\s*([0-9]+)\\s*台?|([0-9]+)\\s*台)$");

    public VpnDevice {
        maker = Defaults.text(maker);
        model = Defaults.text(model);
        count = Defaults.optional(count);
    }

    /**
     * A Q9 description as rows, when it clearly is a list: parts separated by 、 , ; or line breaks, each
     * 「メーカー名 型番 N台」 (or 「… ×N」) with a count of at least 1, e.g. 「ヤマハ RTX1210 2台、Fortinet FortiGate-60F
     * 1台」. Empty when any part is not of that shape: the description then stands as written.
     */
    public static Optional<List<VpnDevice>> split(String description) {
        String text = Normalizer.normalize(description == null ? "" : description, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<VpnDevice> rows = new ArrayList<>();
        for (String part : text.split("[、,;\\n\\r]+")) {
            String p = part.strip().replaceAll("[。.]$", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            Matcher m = PART.matcher(p);
            if (!m.matches()) {
                return Optional.empty();
            }
            int count = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
            if (count < 1) {
                return Optional.empty();
            }
            rows.add(new VpnDevice(m.group(1), m.group(2).strip(), Optional.of(count)));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(rows));
    }
}
