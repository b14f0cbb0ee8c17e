/**
 * <b>Public API.</b> Form {@code inspection-documents}: 別紙1 サイバーセキュリティ対策関連書類一覧.
 */
package io.github.medsecforms.model.inspection;
