/**
 * The engine's service provider interface: what a check plugin implements and what the engine hands to it while
 * it runs ({@link marswb.engine.spi.Check}, {@link marswb.engine.spi.CheckContext},
 * {@link marswb.engine.spi.FindingBuilder}, {@link marswb.engine.spi.QuickFix},
 * {@link marswb.engine.spi.RemediationStep}).
 * <p>
 * Contract: a plugin contributes implementations through the {@code marswb.engine.checks} and
 * {@code marswb.engine.quickFixes} extension points; the engine creates them, calls them from worker threads, and
 * never lets one check's failure stop another. Interfaces here may gain default methods in a minor version; they
 * lose or change methods only in a major one.
 *
 * @since 0.1
 */
package marswb.engine.spi;
