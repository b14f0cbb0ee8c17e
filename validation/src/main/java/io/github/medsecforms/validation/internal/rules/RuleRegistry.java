package io.github.medsecforms.validation.internal.rules;

import io.github.medsecforms.model.Form;
import io.github.medsecforms.model.backupvpn.BackupVpnSurvey;
import io.github.medsecforms.model.checklist.HospitalChecklist;
import io.github.medsecforms.model.checklist.MinimumChecklist;
import io.github.medsecforms.model.checklist.VendorChecklist;
import io.github.medsecforms.model.inspection.InspectionDocuments;
import io.github.medsecforms.model.linesurvey.LineDeviceSurvey;
import io.github.medsecforms.model.offlinebackup.OfflineBackupIntent;
import io.github.medsecforms.model.selection.HospitalSelection;
import io.github.medsecforms.model.supportrequest.SupportRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every rule of every form, in catalogue order; ids are unique (checked when the whole catalogue loads).
 *
 * <p>The rules are built per group (one form, or the three checklists) on first use: validating a form builds only
 * its own group's rules, so a short-lived JVM validating line-device surveys never builds (nor loads the classes and
 * lambdas of) the other forms' rules or reads the checklist catalogue. Each group checks when it is built that its
 * rules are about the forms it declares and have messages; {@link #all()} builds every group and also checks that
 * ids are unique.
 */
public final class RuleRegistry {
    /** The groups in catalogue order. */
    private static final List<Group> GROUPS = List.of(
            new Group(List.of(SupportRequest.class), SupportRequestRules::rules),
            new Group(List.of(HospitalSelection.class), HospitalSelectionRules::rules),
            new Group(List.of(LineDeviceSurvey.class), LineDeviceSurveyRules::rules),
            new Group(List.of(BackupVpnSurvey.class), BackupVpnSurveyRules::rules),
            new Group(List.of(OfflineBackupIntent.class), OfflineBackupIntentRules::rules),
            new Group(List.of(HospitalChecklist.class, VendorChecklist.class, MinimumChecklist.class),
                    ChecklistRules::rules),
            new Group(List.of(InspectionDocuments.class), InspectionDocumentsRules::rules));

    /** The rules of each form type, in catalogue order. */
    private static final ClassValue<List<Rule<?>>> BY_TYPE = new ClassValue<>() {
        @Override
        protected List<Rule<?>> computeValue(Class<?> type) {
            List<Rule<?>> rules = new ArrayList<>();
            for (Group group : GROUPS) {
                if (group.types().contains(type)) {
                    group.rules().stream().filter(r -> r.formType() == type).forEach(rules::add);
                }
            }
            return List.copyOf(rules);
        }
    };

    private RuleRegistry() {
    }

    /** The whole catalogue of form rules (built on first call). */
    public static List<Rule<?>> all() {
        return All.RULES;
    }

    /** The rules that apply to forms of {@code type}: {@link #all()} filtered by type, without building the rest. */
    public static List<Rule<?>> forType(Class<? extends Form> type) {
        return BY_TYPE.get(type);
    }

    /** The rules over a whole submission package. */
    public static List<PackageRule> packageRules() {
        return Packages.RULES;
    }

    /** The rules across the submissions of a batch. */
    public static List<BatchRule> batchRules() {
        return Batches.RULES;
    }

    private static final class Batches {
        static final List<BatchRule> RULES = load();

        private static List<BatchRule> load() {
            List<BatchRule> rules = BatchRules.rules();
            for (BatchRule r : rules) {
                if (!RuleContext.MESSAGES.contains(r.id())) {
                    throw new IllegalStateException("no message for rule " + r.id());
                }
            }
            return rules;
        }
    }

    private static final class All {
        static final List<Rule<?>> RULES = load();

        private static List<Rule<?>> load() {
            List<Rule<?>> rules = new ArrayList<>();
            for (Group group : GROUPS) {
                rules.addAll(group.rules());
            }
            Set<String> ids = new HashSet<>();
            for (Rule<?> r : rules) {
                if (!ids.add(r.id())) {
                    throw new IllegalStateException("duplicate rule id " + r.id());
                }
            }
            return Collections.unmodifiableList(rules);
        }
    }

    private static final class Packages {
        static final List<PackageRule> RULES = load();

        private static List<PackageRule> load() {
            List<PackageRule> rules = PackageRules.rules();
            for (PackageRule r : rules) {
                if (!RuleContext.MESSAGES.contains(r.id())) {
                    throw new IllegalStateException("no message for rule " + r.id());
                }
            }
            return rules;
        }
    }

    /** The rules of one or more forms, built once on first use. */
    private static final class Group {
        private final List<Class<? extends Form>> types;
        private final Supplier<List<Rule<?>>> factory;
        private List<Rule<?>> rules;

        Group(List<Class<? extends Form>> types, Supplier<List<Rule<?>>> factory) {
            this.types = types;
            this.factory = factory;
        }

        List<Class<? extends Form>> types() {
            return types;
        }

        synchronized List<Rule<?>> rules() {
            if (rules == null) {
                List<Rule<?>> built = List.copyOf(factory.get());
                for (Rule<?> r : built) {
                    if (!types.contains(r.formType())) {
                        throw new IllegalStateException("rule " + r.id() + " is about " + r.formType().getName()
                                + ", not a form of its group " + types);
                    }
                    if (!RuleContext.MESSAGES.contains(r.id())) {
                        throw new IllegalStateException("no message for rule " + r.id());
                    }
                }
                rules = built;
            }
            return rules;
        }
    }
}
