/**
 * <b>Public API.</b> Choices shared by several forms (はい/いいえ, あり/なし).
 */
package io.github.medsecforms.model.common;
