package io.github.medsecforms.archfixture.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Workbook;

/** Breaks rule 1 (model purity: Jackson and POI in the model) and rule 4a (POI outside xlsx.internal). */
public final class BadModel {
    private Workbook workbook;

    String toJson() throws Exception {
        return new ObjectMapper().writeValueAsString(String.valueOf(workbook));
    }
}
