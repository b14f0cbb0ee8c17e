package io.github.medsecforms.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medsecforms.model.checklist.ChecklistCatalogue;
import io.github.medsecforms.model.checklist.ChecklistItem;
import io.github.medsecforms.model.linesurvey.CredentialList;
import io.github.medsecforms.model.testing.Seeds;
import io.github.medsecforms.model.value.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every piece of official wording is traced (issue 17, item 12): each form title, sheet name, block title, table
 * name, label, header group, choice value, suggestion and checklist item either quotes a seed (its own wording, or the
 * passage it rests on) or is marked our design / unverified with a reason. Quotes are checked against
 * {@code ../shared/seeds/} (without it: a failure under {@code CI=true}, skipped elsewhere).
 */
class LabelTraceabilityTest {

    /** One traced piece of wording. */
    record Traced(String what, String wording, Basis basis) {
    }

    static List<Traced> everything() {
        List<FormDescriptor> forms = new ArrayList<>(FormRegistry.forms());
        forms.add(FormRegistry.describe(CredentialList.class));
        List<Traced> out = new ArrayList<>();
        for (FormDescriptor form : forms) {
            String f = form.id();
            out.add(new Traced(f + " title", form.title(), form.titleBasis()));
            for (SheetDescriptor sheet : form.sheets()) {
                out.add(new Traced(f + " sheet", sheet.name(), sheet.nameBasis()));
                for (SheetDescriptor.Block b : sheet.blocks()) {
                    List<FieldDescriptor> fields;
                    if (b instanceof SheetDescriptor.FieldBlock fb) {
                        if (!fb.title().isEmpty()) {
                            out.add(new Traced(f + " block", fb.title(), fb.titleBasis()));
                        }
                        fields = fb.fields();
                    } else {
                        TableDescriptor t = ((SheetDescriptor.TableBlock) b).table();
                        out.add(new Traced(f + " table", t.label(), t.basis()));
                        fields = t.columns();
                    }
                    for (FieldDescriptor fd : fields) {
                        String where = f + " " + b.path() + "." + fd.path();
                        out.add(new Traced(where, fd.label(), fd.basis()));
                        for (FieldDescriptor.Group g : fd.groups()) {
                            out.add(new Traced(where + " group", g.label(), g.basis()));
                        }
                        for (int i = 0; i < fd.choices().size(); i++) {
                            out.add(new Traced(where + " choice", fd.choices().get(i), fd.choiceBases().get(i)));
                        }
                    }
                }
            }
            for (FiscalYear v : form.versions()) {
                for (ChecklistItem item : ChecklistCatalogue.items(f, v)) {
                    out.add(new Traced(f + " " + v.code() + " item " + item.id(), item.text(), item.basis()));
                }
            }
        }
        return out;
    }

    @Test
    void every_form_names_the_seeds_its_wording_is_quoted_from() {
        List<FormDescriptor> forms = new ArrayList<>(FormRegistry.forms());
        forms.add(FormRegistry.describe(CredentialList.class));
        for (FormDescriptor form : forms) {
            assertThat(form.seeds()).as(form.id()).isNotEmpty().allMatch(s -> s.matches("[0-9]{3}"));
        }
    }

    @Test
    void every_basis_not_quoted_gives_its_reason() {
        List<String> problems = new ArrayList<>();
        for (Traced t : everything()) {
            if (t.basis().kind() != Basis.Kind.SEED && t.basis().reason().isBlank()) {
                problems.add(t.what() + " 「" + t.wording() + "」: " + t.basis().kind() + " without a reason");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void checklist_items_quote_a_seed_or_are_marked_unverified() {
        for (Traced t : everything()) {
            if (t.what().contains(" item ")) {
                assertThat(t.basis().kind()).as(t.what()).isIn(Basis.Kind.SEED, Basis.Kind.UNVERIFIED);
            }
        }
        for (FormDescriptor form : FormRegistry.forms()) {
            for (FiscalYear v : form.versions()) {
                for (ChecklistItem item : ChecklistCatalogue.items(form.id(), v)) {
                    if (item.basis().kind() == Basis.Kind.UNVERIFIED) {
                        assertThat(item.unverified()).as(form.id() + " " + v.code() + " " + item.id()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void every_quote_is_in_the_seed_it_names_and_every_wording_of_its_own_in_one_of_the_form_s_seeds() {
        Seeds seeds = Seeds.load();
        List<String> problems = new ArrayList<>();
        for (Traced t : everything()) {
            problems.addAll(problems(seeds, t));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_check_refuses_wording_the_seeds_do_not_have() {
        Seeds seeds = Seeds.load();

        assertThat(problems(seeds, new Traced("x", "通信形態", Basis.wordingOf(List.of("002"))))).isEmpty();
        assertThat(problems(seeds, new Traced("x", "通信形態", Basis.wordingOf(List.of("003"))))).hasSize(1);
        assertThat(problems(seeds, new Traced("x", "モバイル回線", Basis.wordingOf(List.of("000", "001"))))).hasSize(1);
        assertThat(problems(seeds, new Traced("x", "x", Basis.seed("002", "回線名の記入は不要です")))).hasSize(1);
    }

    /**
     * The problems of one traced wording: quotes that stand for the wording itself need the wording in at least one of
     * the seeds they name; explicit quotes must each be in their seed.
     */
    static List<String> problems(Seeds seeds, Traced t) {
        List<String> out = new ArrayList<>();
        List<Basis.Quote> own = t.basis().quotes().stream().filter(q -> q.text().isEmpty()).toList();
        if (!own.isEmpty() && own.stream().noneMatch(q -> seeds.contains(q.seed(), t.wording()))) {
            out.add(t.what() + " 「" + t.wording() + "」 is not in seed " + own.stream().map(Basis.Quote::seed).toList()
                    + ": quote the passage it rests on, or mark it our design / unverified");
        }
        Basis explicit = new Basis(t.basis().kind(), t.basis().quotes().stream().filter(q -> !q.text().isEmpty())
                .toList(), t.basis().reason());
        if (!explicit.quotes().isEmpty() || explicit.kind() != Basis.Kind.SEED) {
            out.addAll(seeds.problems(t.what(), explicit, t.wording()));
        }
        return out;
    }
}
