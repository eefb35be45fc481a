/**
 * The engine's client API: what a command line, a workbench or a report uses to run the installed checks over a
 * server model and to work with the result ({@link marswb.engine.Analyzer}, {@link marswb.engine.WhatIfSession},
 * {@link marswb.engine.RemediationPlan}, the descriptors of the installed checks, and helpers for presenting
 * findings).
 * <p>
 * Contract: these types are kept compatible within a major version. A client never implements them; it only calls
 * them. Check authors implement the types of {@link marswb.engine.spi} instead.
 *
 * @since 0.1
 */
package marswb.engine;
