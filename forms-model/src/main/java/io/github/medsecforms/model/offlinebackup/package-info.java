/**
 * <b>Public API.</b> Form {@code offline-backup-intent}: オフラインバックアップ支援意向アンケート and the derived 支援方針.
 */
package io.github.medsecforms.model.offlinebackup;
