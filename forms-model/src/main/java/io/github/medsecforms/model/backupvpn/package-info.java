/**
 * <b>Public API.</b> Form {@code backup-vpn-survey}: バックアップデータ及びリモートゲートウェイ装置に係る調査.
 */
package io.github.medsecforms.model.backupvpn;
