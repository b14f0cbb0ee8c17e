package io.github.medsecforms.model.checklist;

import io.github.medsecforms.model.Basis;

/**
 * One item of a checklist version, as data: a resource per form and version, so 令和7年度版 is a new resource.
 *
 * @param id         stable item number, e.g. {@code 1-(1)} or {@code 2-(5)}
 * @param section    the heading the item stands under, e.g. {@code 2 医療情報システムの管理・運用（サーバ）}
 * @param text       the item's wording
 * @param premise    whether this is the 前提 item (いいえ ⇒ nothing else needs answering)
 * @param unverified whether the wording or numbering is not confirmed from the primary document
 * @param basis      where the wording comes from (a seed and a quote, or unverified with the reason)
 * @param group      the name of a group of items that ask one requirement in different wordings or device classes
 *                   (a form that answers any of them needs not answer the others), or empty; the resource's flag
 *                   {@code group=NAME}
 * @param optional   whether a form may leave the item out: read when a workbook has it, not asked for when it has not
 *                   (an item the sources do not confirm the form has; the resource's flag {@code optional})
 */
public record ChecklistItem(String id, String section, String text, boolean premise, boolean unverified, Basis basis,
                            String group, boolean optional) {
    public ChecklistItem {
        java.util.Objects.requireNonNull(basis);
        java.util.Objects.requireNonNull(group);
    }

    /** An item of no group that every form of its version has. */
    public ChecklistItem(String id, String section, String text, boolean premise, boolean unverified, Basis basis) {
        this(id, section, text, premise, unverified, basis, "", false);
    }

    /** An item that every form of its version has. */
    public ChecklistItem(String id, String section, String text, boolean premise, boolean unverified, Basis basis,
                         String group) {
        this(id, section, text, premise, unverified, basis, group, false);
    }
}
