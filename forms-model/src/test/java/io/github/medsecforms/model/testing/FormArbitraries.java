package io.github.medsecforms.model.testing;

import io.github.medsecforms.model.Choice;
import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.FormRegistry;
import io.github.medsecforms.model.checklist.ChecklistEntry;
import io.github.medsecforms.model.linesurvey.Callout;
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
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for every form record, derived by reflection from the records themselves (so a new field is
 * generated without touching this class). Values are valid as types: codes with correct check digits, real
 * dates, Japanese and ASCII text without control characters or leading/trailing white space.
 *
 * <pre>{@code
 * @Property
 * void round_trips(@ForAll("forms") LineDeviceSurvey form) { ... }
 *
 * @Provide
 * Arbitrary<LineDeviceSurvey> forms() { return FormArbitraries.of(LineDeviceSurvey.class); }
 * }</pre>
 */
public final class FormArbitraries {
    private static final int MAX_LIST = 4;
    private static final List<String> COMMON_ITEMS = List.of("1-(1)", "2-(1)", "2-(2)", "2-(3)", "3-(1)", "3-(2)");

    private FormArbitraries() {
    }

    /** Random instances of a form record, in one of the form's supported versions. */
    public static <F extends Form> Arbitrary<F> of(Class<F> formType) {
        List<FiscalYear> versions = FormRegistry.describe(formType).versions();
        return record(formType, Arbitraries.of(versions)).map(FormArbitraries::withoutLaterFields)
                .map(FormArbitraries::canonicalChecklist);
    }

    /**
     * A checklist as a workbook holds it: answered entries of the version's items, each once, in the catalogue's
     * order (the template prints the items in that order; an item with nothing answered is no entry).
     */
    static <F extends Form> F canonicalChecklist(F form) {
        for (var c : form.getClass().getRecordComponents()) {
            if (!c.getName().equals("entries")) {
                continue;
            }
            String formId = FormRegistry.describe(form).id();
            var items = io.github.medsecforms.model.checklist.ChecklistCatalogue.items(formId, form.version());
            List<String> order = items.stream().map(io.github.medsecforms.model.checklist.ChecklistItem::id).toList();
            List<ChecklistEntry> entries;
            try {
                @SuppressWarnings("unchecked")
                List<ChecklistEntry> all = (List<ChecklistEntry>) c.getAccessor().invoke(form);
                entries = all;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            java.util.Map<String, ChecklistEntry> byId = new java.util.LinkedHashMap<>();
            for (ChecklistEntry e : entries) {
                boolean answered = e.firstAnswer().isPresent() || e.firstDate().isPresent() || e.targetDate().isPresent()
                        || e.secondAnswer().isPresent() || e.secondDate().isPresent() || !e.remarks().isBlank();
                if (order.contains(e.itemId()) && answered) {
                    byId.putIfAbsent(e.itemId(), e);
                }
            }
            List<ChecklistEntry> canonical = order.stream().filter(byId::containsKey).map(byId::get).toList();
            return Mutate.set(form, "entries", canonical);
        }
        return form;
    }

    /** Clears the single fields that the form's version does not have yet (e.g. R7's 確認日 on an R6 checklist). */
    static <F extends Form> F withoutLaterFields(F form) {
        F result = form;
        for (var sheet : FormRegistry.describe(form).sheets()) {
            for (var block : sheet.blocks()) {
                if (block instanceof io.github.medsecforms.model.SheetDescriptor.FieldBlock fb) {
                    String prefix = fb.path().isEmpty() ? "" : fb.path() + ".";
                    for (var field : fb.fields()) {
                        if (!field.appliesTo(form.version())) {
                            result = Mutate.set(result, prefix + field.path(), null);
                        }
                    }
                }
            }
        }
        return result;
    }

    /** Random instances of any of the nine forms. */
    public static Arbitrary<Form> anyForm() {
        List<Arbitrary<? extends Form>> all = new ArrayList<>();
        FormRegistry.forms().forEach(f -> all.add(of(f.type())));
        return Arbitraries.oneOf(all);
    }

    /**
     * Random text: Japanese (kana, common kanji), ASCII letters and digits, inner spaces; may be empty. Only
     * characters that NFKC leaves alone, so text survives the reader's normalisation of full-width input. Never a
     * mark the layout gives a meaning of its own ({@link #LAYOUT_MARKS}: a cell reading 例 marks the 記入例 row, 同上 the
     * line above's value), which a person does not write as a value.
     */
    public static Arbitrary<String> text() {
        Arbitrary<String> core = Arbitraries.strings()
                .withCharRange('ぁ', 'ゖ').withCharRange('ァ', 'ヺ').withCharRange('一', '龥')
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('ー', '・', '-', '/', '.', ' ')
                .ofMinLength(0).ofMaxLength(24);
        return core.map(String::strip).filter(t -> !LAYOUT_MARKS.contains(t) && !t.contains("記入例"))
                .edgeCases(c -> c.add(""));
    }

    /** Whole-cell texts the reader takes as marks of the layout, not values (a line of 例 is the 記入例 row). */
    static final java.util.Set<String> LAYOUT_MARKS = java.util.Set.of("例", "記載例", "同上");

    public static Arbitrary<HospitalCode> hospitalCodes() {
        Arbitrary<Integer> prefecture = Arbitraries.integers().between(1, 47);
        Arbitrary<Integer> table = Arbitraries.of(1, 3, 4);
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(prefecture, table, rest).as((p, t, r) -> {
            String nine = String.format("%02d%d%s", p, t, r);
            return new HospitalCode(nine + HospitalCode.checkDigit(nine));
        });
    }

    public static Arbitrary<LocalDate> dates() {
        long from = LocalDate.of(2019, 5, 1).toEpochDay();
        long to = LocalDate.of(2031, 3, 31).toEpochDay();
        return Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay);
    }

    /** Whether a record holds nothing: every component empty text, empty, an empty list or a blank record. */
    public static boolean isBlank(Object value) {
        return io.github.medsecforms.model.FormPaths.isEmpty(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R> Arbitrary<R> record(Class<R> type, Arbitrary<FiscalYear> versions) {
        RecordComponent[] components = type.getRecordComponents();
        List<Arbitrary<Object>> parts = new ArrayList<>();
        for (RecordComponent c : components) {
            Arbitrary<?> arbitrary = c.getName().equals("version") && c.getType() == FiscalYear.class
                    ? versions : arbitrary(c.getGenericType(), versions);
            parts.add((Arbitrary<Object>) arbitrary);
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<R> constructor;
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        if (parts.isEmpty()) {
            return Arbitraries.just(construct(constructor, List.of()));
        }
        return Combinators.combine((List) parts).as(values -> construct(constructor, (List<Object>) values));
    }

    private static <R> R construct(Constructor<R> constructor, List<Object> values) {
        try {
            return constructor.newInstance(values.toArray());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot construct " + constructor.getDeclaringClass().getSimpleName()
                    + " from " + values, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Arbitrary<?> arbitrary(Type generic, Arbitrary<FiscalYear> versions) {
        if (generic instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return arbitrary(arg, versions).optional(0.7);
            }
            if (raw == List.class) {
                // a row with nothing in it is no row: a workbook cannot hold it, so none is generated
                return arbitrary(arg, versions).filter(e -> !isBlank(e)).list().ofMaxSize(MAX_LIST);
            }
            throw new IllegalStateException("unsupported type " + generic);
        }
        if (generic instanceof java.lang.reflect.AnnotatedType at) {
            return arbitrary(at.getType(), versions);
        }
        Class<?> type = (Class<?>) generic;
        if (type == String.class) {
            return text();
        }
        if (type == Callout.class) {
            return Combinators.combine(Arbitraries.of("回線", "No."), Arbitraries.integers().between(1, 9), text())
                    .as((kind, n, text) -> new Callout(kind + n, text));
        }
        if (type == Integer.class || type == int.class) {
            return Arbitraries.integers().between(0, 5000);
        }
        if (type == LocalDate.class) {
            return dates();
        }
        if (type == FiscalYear.class) {
            return versions;
        }
        if (type == HospitalCode.class) {
            return hospitalCodes();
        }
        if (type == PostalCode.class) {
            return Arbitraries.strings().numeric().ofLength(7).map(PostalCode::parse);
        }
        if (type == PhoneNumber.class) {
            return Combinators.combine(Arbitraries.strings().numeric().ofLength(2),
                            Arbitraries.strings().numeric().ofLength(3), Arbitraries.strings().numeric().ofLength(4))
                    .as((a, b, c) -> PhoneNumber.parse("0" + a + "-" + b + "-" + c));
        }
        if (type == EmailAddress.class) {
            return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(10),
                            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10))
                    .as((local, domain) -> EmailAddress.parse(local + "@" + domain + ".example.jp"));
        }
        if (type == Ipv4Address.class) {
            return Arbitraries.integers().map(Ipv4Address::new);
        }
        if (type == Ipv4Cidr.class) {
            return Combinators.combine(Arbitraries.integers().map(Ipv4Address::new), Arbitraries.integers().between(0, 32))
                    .as(Ipv4Cidr::new);
        }
        if (type == Fqdn.class) {
            return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).list().ofMinSize(1)
                    .ofMaxSize(3).map(labels -> Fqdn.parse(String.join(".", labels) + ".jp"));
        }
        if (type == BedBand.class) {
            return Arbitraries.oneOf(
                    Arbitraries.integers().between(0, 900).map(a -> BedBand.parse(a + "～" + (a + 99) + "床")),
                    Arbitraries.integers().between(20, 900).map(a -> BedBand.parse(a + "床以上")));
        }
        if (type == ImageData.class) {
            return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64).map(b -> new ImageData("image/png", b));
        }
        if (type == Secret.class) {
            return Arbitraries.strings().alpha().numeric().ofMaxLength(16).map(Secret::of);
        }
        if (type.isEnum() && Choice.class.isAssignableFrom(type)) {
            return Arbitraries.of((Class<Enum>) type);
        }
        if (type == ChecklistEntry.class) {
            // item ids that every checklist version has, so that any generated row is a known item
            Arbitrary<ChecklistEntry> entries = record(ChecklistEntry.class, versions);
            return Combinators.combine(entries, Arbitraries.of(COMMON_ITEMS)).as((e, id) -> new ChecklistEntry(id,
                    e.firstAnswer(), e.firstDate(), e.targetDate(), e.secondAnswer(), e.secondDate(), e.remarks()));
        }
        if (type.isRecord()) {
            return record(type, versions);
        }
        throw new IllegalStateException("no generator for " + type.getName());
    }
}
