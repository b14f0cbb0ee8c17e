package io.github.medsecforms.archfixture.model;

/** Like the real model's {@code Form}: every form package implements it (form package -> root). */
public interface Form {
}
