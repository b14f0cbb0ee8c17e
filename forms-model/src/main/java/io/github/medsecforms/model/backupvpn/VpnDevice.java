package io.github.medsecforms.model.backupvpn;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import java.util.Optional;

/** 9. A VPN device model: メーカー名, 型番, 台数 (our design: one row per model instead of free text). */
public record VpnDevice(
        @Label(value = "メーカー名", en = "Maker", required = true, example = "Fortinet")
        String maker,
        @Label(value = "型番", en = "Model", required = true, example = "FortiGate-60F")
        String model,
        @Label(value = "台数", en = "Count", required = true, example = "1")
        Optional<Integer> count) {

    public VpnDevice {
        maker = Defaults.text(maker);
        model = Defaults.text(model);
        count = Defaults.optional(count);
    }
}
