package io.github.medsecforms.model.selection;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.value.BedBand;
import java.util.Optional;

/** One row of the quota table: a 病床規模 band and its 支援枠 (the number of hospitals to select). */
public record BandQuota(
        @Label(value = "病床規模", en = "Bed band", required = true, example = "20～99床")
        Optional<BedBand> band,
        @Label(value = "支援枠", en = "Quota", required = true, example = "3")
        Optional<Integer> quota) {

    public BandQuota {
        band = Defaults.optional(band);
        quota = Defaults.optional(quota);
    }
}
