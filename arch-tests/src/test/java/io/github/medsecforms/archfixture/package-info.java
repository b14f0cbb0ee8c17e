/**
 * Deliberately broken classes that mimic the module layout ({@code archfixture.model}, {@code .xlsx}, {@code .json},
 * {@code .pdf}, {@code .validation}, the front door in this root package ({@link
 * io.github.medsecforms.archfixture.FrontDoor}), {@code .bridge}, {@code .cli}). {@code BrokenFixturesTest} applies the production architecture
 * rules to them to prove each rule fails when broken. Never used by production code; never imported by the
 * production architecture test (test classes are excluded there).
 */
package io.github.medsecforms.archfixture;
