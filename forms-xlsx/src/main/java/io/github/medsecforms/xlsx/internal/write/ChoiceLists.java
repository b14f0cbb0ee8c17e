package io.github.medsecforms.xlsx.internal.write;

import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.ValueKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Dropdown values: short lists go inline into the validation ({@code "はい,いいえ"}); long ones (the 47 prefectures)
 * go on the very hidden sheet {@value #SHEET}, one column per list, referenced through a defined name
 * {@code MSF_LIST_<Type>}.
 */
final class ChoiceLists {
    /** The hidden sheet of long lists; never one of the form's sheets. */
    static final String SHEET = "_lists";
    static final String NAME_PREFIX = "MSF_LIST_";
    /** Longest inline list: Excel allows 255 characters; we keep well below and few items. */
    static final int INLINE_MAX_CHARS = 200;
    static final int INLINE_MAX_ITEMS = 12;

    private final XSSFWorkbook wb;
    private final Map<List<String>, String> names = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();
    private XSSFSheet sheet;

    ChoiceLists(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /** Whether {@code values} go inline into the validation. */
    static boolean inline(List<String> values) {
        int chars = values.size() - 1;
        for (String v : values) {
            if (v.contains(",") || v.contains("\"")) {
                return false;
            }
            chars += v.length();
        }
        return values.size() <= INLINE_MAX_ITEMS && chars <= INLINE_MAX_CHARS;
    }

    /** The defined name of the list of {@code field}'s choices, writing the list on first use. */
    String nameFor(FieldDescriptor field) {
        return names.computeIfAbsent(field.choices(), values -> write(field, values));
    }

    private String write(FieldDescriptor field, List<String> values) {
        if (sheet == null) {
            sheet = wb.createSheet(SHEET);
            wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        }
        int col = names.size();
        for (int r = 0; r < values.size(); r++) {
            var row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            row.createCell(col).setCellValue(values.get(r));
        }
        String base = NAME_PREFIX + (field.kind() == ValueKind.CHOICE ? field.javaType().getSimpleName()
                : Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1));
        String name = base;
        for (int n = 2; used.contains(name); n++) {
            name = base + n;
        }
        used.add(name);
        String column = CellReference.convertNumToColString(col);
        Name defined = wb.createName();
        defined.setNameName(name);
        defined.setRefersToFormula("'" + SHEET + "'!$" + column + "$1:$" + column + "$" + values.size());
        return name;
    }
}
