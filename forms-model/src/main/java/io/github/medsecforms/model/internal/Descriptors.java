package io.github.medsecforms.model.internal;

import io.github.medsecforms.model.Basis;
import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.FieldDescriptor;
import io.github.medsecforms.model.FieldDescriptor.Group;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormDescriptor;
import io.github.medsecforms.model.SheetDescriptor;
import io.github.medsecforms.model.SheetDescriptor.Block;
import io.github.medsecforms.model.SheetDescriptor.FieldBlock;
import io.github.medsecforms.model.SheetDescriptor.TableBlock;
import io.github.medsecforms.model.TableDescriptor;
import io.github.medsecforms.model.ValueKind;
import io.github.medsecforms.model.meta.ChoiceBasis;
import io.github.medsecforms.model.meta.FormSpec;
import io.github.medsecforms.model.meta.Label;
import io.github.medsecforms.model.meta.Sheet;
import io.github.medsecforms.model.meta.Table;
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
import io.github.medsecforms.model.value.Prefecture;
import io.github.medsecforms.model.value.Secret;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds {@link FormDescriptor}s from annotated form records. The rules:
 * <ul>
 *   <li>every root component but {@code version} carries {@link Sheet} or goes on {@link FormSpec#sheet()};</li>
 *   <li>a {@link Table} component ({@code List<R>}) becomes a table whose columns are R's labelled components;</li>
 *   <li>an unlabelled record component becomes a block of fields; labelled ones join the sheet's root block;</li>
 *   <li>a labelled component of a record type (not a value type) is a group: its components are its fields;</li>
 *   <li>components without {@link Label} are not cells (drawings, derived data) and are left out.</li>
 * </ul>
 */
public final class Descriptors {
    private static final Map<Class<?>, ValueKind> KINDS = Map.ofEntries(
            Map.entry(String.class, ValueKind.TEXT),
            Map.entry(Integer.class, ValueKind.INTEGER),
            Map.entry(int.class, ValueKind.INTEGER),
            Map.entry(LocalDate.class, ValueKind.DATE),
            Map.entry(Boolean.class, ValueKind.BOOLEAN),
            Map.entry(HospitalCode.class, ValueKind.HOSPITAL_CODE),
            Map.entry(PostalCode.class, ValueKind.POSTAL_CODE),
            Map.entry(PhoneNumber.class, ValueKind.PHONE_NUMBER),
            Map.entry(EmailAddress.class, ValueKind.EMAIL_ADDRESS),
            Map.entry(Ipv4Address.class, ValueKind.IPV4_ADDRESS),
            Map.entry(Ipv4Cidr.class, ValueKind.IPV4_CIDR),
            Map.entry(Fqdn.class, ValueKind.FQDN),
            Map.entry(FiscalYear.class, ValueKind.FISCAL_YEAR),
            Map.entry(Prefecture.class, ValueKind.CHOICE),
            Map.entry(BedBand.class, ValueKind.BED_BAND),
            Map.entry(ImageData.class, ValueKind.IMAGE),
            Map.entry(Secret.class, ValueKind.SECRET));

    /** Types that are single values even though they are records. */
    private static final Set<Class<?>> VALUE_TYPES = KINDS.keySet();

    private Descriptors() {
    }

    /** Builds the descriptor of a form record annotated with {@link FormSpec}. */
    public static FormDescriptor describe(Class<? extends Form> type) {
        FormSpec spec = type.getAnnotation(FormSpec.class);
        if (spec == null || !type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a form record annotated with @FormSpec");
        }
        List<FiscalYear> versions = Arrays.stream(spec.versions()).map(FiscalYear::parse).sorted().toList();
        List<String> seeds = List.of(spec.seeds());
        Map<String, List<Block>> sheets = new LinkedHashMap<>();
        Map<String, Basis> sheetBases = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals("version")) {
                continue;
            }
            Sheet sheet = c.getAnnotation(Sheet.class);
            String sheetName = sheet != null ? sheet.value() : spec.sheet();
            if (sheetName.isEmpty()) {
                throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + " has no sheet");
            }
            List<Block> blocks = sheets.computeIfAbsent(sheetName, k -> new ArrayList<>());
            if (sheet != null && !sheet.nameBasis().isBlank()) {
                sheetBases.put(sheetName, Basis.parse(sheet.nameBasis()));
            }
            Label label = c.getAnnotation(Label.class);
            Table table = c.getAnnotation(Table.class);
            if (table != null) {
                blocks.add(new TableBlock(table(c, label, table, seeds)));
            } else if (label == null && isGroupType(c.getType())) {
                blocks.add(new FieldBlock(c.getName(), sheet != null ? sheet.title() : "",
                        fields(c.getType(), "", List.of(), true, seeds),
                        sheet != null ? List.of(sheet.titleAliases()) : List.of(),
                        Basis.parseOr(sheet != null ? sheet.titleBasis() : "", seeds)));
            } else if (label != null) {
                List<FieldDescriptor> fields = component(c, label, "", List.of(), true, seeds);
                if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof FieldBlock last
                        && last.path().isEmpty()) {
                    List<FieldDescriptor> merged = new ArrayList<>(last.fields());
                    merged.addAll(fields);
                    blocks.set(blocks.size() - 1, new FieldBlock("", last.title(), merged, last.titleAliases(),
                            last.titleBasis()));
                } else {
                    blocks.add(new FieldBlock("", sheet != null ? sheet.title() : "", fields,
                            sheet != null ? List.of(sheet.titleAliases()) : List.of(),
                            Basis.parseOr(sheet != null ? sheet.titleBasis() : "", seeds)));
                }
            }
        }
        List<SheetDescriptor> sheetList = new ArrayList<>();
        sheets.forEach((name, blocks) -> sheetList.add(new SheetDescriptor(name, blocks,
                sheetBases.getOrDefault(name, Basis.parseOr("", seeds)))));
        return new FormDescriptor(spec.id(), spec.title(), spec.titleEn(), versions, spec.source(),
                spec.requiredMark(), type, sheetList, seeds, Basis.parseOr(spec.titleBasis(), seeds));
    }

    private static TableDescriptor table(RecordComponent c, Label label, Table table, List<String> seeds) {
        Class<?> rowType = elementType(c);
        if (!c.getType().equals(List.class) || !isGroupType(rowType)) {
            throw new IllegalStateException(c + ": @Table needs a List of records");
        }
        @SuppressWarnings("unchecked")
        Class<? extends Record> rows = (Class<? extends Record>) rowType;
        String name = label != null ? label.value() : c.getName();
        String nameEn = label != null ? label.en() : c.getName();
        return new TableDescriptor(c.getName(), name, nameEn, table.rowLabel(), table.exampleRow(),
                table.templateRows(), table.maxRows(), rows, fields(rowType, "", List.of(), true, seeds),
                Basis.parseOr(label != null ? label.basis() : "", seeds));
    }

    private static List<FieldDescriptor> fields(Class<?> recordType, String prefix, List<Group> groups,
                                                boolean groupRequired, List<String> seeds) {
        List<FieldDescriptor> out = new ArrayList<>();
        for (RecordComponent c : recordType.getRecordComponents()) {
            Label label = c.getAnnotation(Label.class);
            if (label != null) {
                out.addAll(component(c, label, prefix, groups, groupRequired, seeds));
            }
        }
        return out;
    }

    private static List<FieldDescriptor> component(RecordComponent c, Label label, String prefix,
                                                   List<Group> outer, boolean groupRequired, List<String> seeds) {
        Class<?> type = valueType(c);
        List<Group> groups = new ArrayList<>(outer);
        for (int i = 0; i < label.group().length; i++) {
            String g = label.group()[i];
            boolean innermost = i == label.group().length - 1;
            groups.add(new Group(g, i < label.groupEn().length ? label.groupEn()[i] : g, false,
                    innermost ? List.of(label.groupAliases()) : List.of(),
                    Basis.parseOr(i < label.groupBasis().length ? label.groupBasis()[i] : "", seeds)));
        }
        if (type.equals(List.class)) {
            throw new IllegalStateException(c + ": a list inside a block or row must be a @Table on the form root");
        }
        if (isGroupType(type)) {
            groups.add(new Group(label.value(), label.en(), label.required(), List.of(label.aliases()),
                    Basis.parseOr(label.basis(), seeds)));
            return fields(type, prefix + c.getName() + ".", groups, groupRequired && label.required(), seeds);
        }
        ValueKind kind = kindOf(type);
        List<String> choices;
        List<Basis> choiceBases = new ArrayList<>();
        boolean strict;
        if (kind == ValueKind.CHOICE) {
            choices = Arrays.stream(type.getEnumConstants()).map(e -> ((Choice) e).label()).toList();
            ChoiceBasis all = type.getAnnotation(ChoiceBasis.class);
            for (Object constant : type.getEnumConstants()) {
                ChoiceBasis own = constantAnnotation(type, ((Enum<?>) constant).name());
                choiceBases.add(Basis.parseOr(own != null ? own.value() : all != null ? all.value() : "", seeds));
            }
            strict = true;
        } else {
            choices = List.of(label.suggestions());
            if (label.suggestionBasis().length > choices.size()) {
                throw new IllegalStateException(c + ": more suggestion bases than suggestions");
            }
            for (int i = 0; i < choices.size(); i++) {
                choiceBases.add(Basis.parseOr(i < label.suggestionBasis().length ? label.suggestionBasis()[i] : "",
                        seeds));
            }
            strict = false;
        }
        if (label.groupBasis().length > label.group().length) {
            throw new IllegalStateException(c + ": more group bases than groups");
        }
        Optional<FiscalYear> since = label.since().isEmpty() ? Optional.empty()
                : Optional.of(FiscalYear.parse(label.since()));
        boolean required = label.required() && groupRequired;
        return List.of(new FieldDescriptor(prefix + c.getName(), label.value(), label.en(), groups,
                required, kind, type, choices, strict, List.of(label.aliases()),
                label.example(), label.hint(), label.text(), since, required && label.marked(),
                Basis.parseOr(label.basis(), seeds), choiceBases));
    }

    /** The {@link ChoiceBasis} on an enum constant, if any. */
    private static ChoiceBasis constantAnnotation(Class<?> type, String name) {
        try {
            return type.getField(name).getAnnotation(ChoiceBasis.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    static ValueKind kindOf(Class<?> type) {
        ValueKind kind = KINDS.get(type);
        if (kind != null) {
            return kind;
        }
        if (type.isEnum() && Choice.class.isAssignableFrom(type)) {
            return ValueKind.CHOICE;
        }
        throw new IllegalStateException("no value kind for " + type.getName());
    }

    private static boolean isGroupType(Class<?> type) {
        return type.isRecord() && !VALUE_TYPES.contains(type);
    }

    /** The component's type with {@code Optional} unwrapped. */
    private static Class<?> valueType(RecordComponent c) {
        if (c.getType().equals(Optional.class)) {
            return typeArgument(c.getGenericType());
        }
        return c.getType();
    }

    private static Class<?> elementType(RecordComponent c) {
        return typeArgument(c.getGenericType());
    }

    private static Class<?> typeArgument(Type generic) {
        if (generic instanceof ParameterizedType p) {
            Type arg = p.getActualTypeArguments()[0];
            if (arg instanceof Class<?> cls) {
                return cls;
            }
            if (arg instanceof ParameterizedType pa && pa.getRawType() instanceof Class<?> raw) {
                return raw;
            }
            if (arg instanceof java.lang.reflect.AnnotatedType at && at.getType() instanceof Class<?> ac) {
                return ac;
            }
        }
        throw new IllegalStateException("cannot resolve the element type of " + generic);
    }
}
