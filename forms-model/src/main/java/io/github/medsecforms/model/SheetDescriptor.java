package io.github.medsecforms.model;

import java.util.List;

/**
 * A worksheet of a form: its official name and the blocks placed on it, in order.
 *
 * @param name      official sheet name
 * @param blocks    what the sheet holds, in order: blocks of single fields and tables
 * @param nameBasis where the sheet name comes from
 */
public record SheetDescriptor(String name, List<Block> blocks, Basis nameBasis) {
    public SheetDescriptor {
        blocks = List.copyOf(blocks);
    }

    /** Something placed on a sheet. */
    public sealed interface Block permits FieldBlock, TableBlock {
        /** Model path of the block within the form. */
        String path();
    }

    /**
     * A block of single fields, each beside its label.
     *
     * @param path         model path of the block's record within the form, e.g. {@code basicInfo}; empty for root
     *                     fields
     * @param title        heading printed above the block, or empty
     * @param fields       the fields, paths relative to the block
     * @param titleAliases other wordings of the heading the reader accepts
     * @param titleBasis   where the heading comes from
     */
    public record FieldBlock(String path, String title, List<FieldDescriptor> fields, List<String> titleAliases,
                             Basis titleBasis) implements Block {
        public FieldBlock {
            fields = List.copyOf(fields);
            titleAliases = List.copyOf(titleAliases);
        }

        /** A block whose heading has no other wording and no basis of its own. */
        public FieldBlock(String path, String title, List<FieldDescriptor> fields) {
            this(path, title, fields, List.of(), Basis.ourDesign("a block built without metadata"));
        }
    }

    /** A table. */
    public record TableBlock(TableDescriptor table) implements Block {
        @Override
        public String path() {
            return table.path();
        }
    }

    /** Every single field on this sheet, in order. */
    public List<FieldDescriptor> fields() {
        return blocks.stream().filter(FieldBlock.class::isInstance).map(FieldBlock.class::cast)
                .flatMap(b -> b.fields().stream()).toList();
    }

    /** Every table on this sheet, in order. */
    public List<TableDescriptor> tables() {
        return blocks.stream().filter(TableBlock.class::isInstance).map(b -> ((TableBlock) b).table()).toList();
    }
}
