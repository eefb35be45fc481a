package marswb.report;

import marswb.engine.WhatIfSession;

/**
 * One quick-fix applied as a what-if, and the findings it cleared and made appear.
 *
 * @since 0.1
 */
public record AppliedFix(String id, WhatIfSession.Delta delta) {
}
