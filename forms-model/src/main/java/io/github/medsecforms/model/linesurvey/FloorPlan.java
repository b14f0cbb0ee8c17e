package io.github.medsecforms.model.linesurvey;

import io.github.medsecforms.model.Defaults;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.value.ImageData;
import java.util.List;
import java.util.Optional;

/**
 * 設置場所記入シート: the floor plan (平面図 or フロア図, required) with callouts placed over it. The callouts live in
 * the sheet's drawing, not in cells, so they carry no label.
 */
public record FloorPlan(
        @Label(value = "平面図", en = "Floor plan", required = true, aliases = {"フロア図", "平面図画像"},
                hint = "平面図またはフロア図の画像を貼り付け、調査対象の回線終端装置と端末の吹き出しを配置してください")
        Optional<ImageData> image,
        List<Callout> callouts) {

    public static final FloorPlan EMPTY = new FloorPlan(Optional.empty(), List.of());

    public FloorPlan {
        image = Defaults.optional(image);
        callouts = Defaults.list(callouts);
    }
}
