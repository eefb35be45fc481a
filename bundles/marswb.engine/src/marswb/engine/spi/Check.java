package marswb.engine.spi;

/**
 * One check of the article against the server model. Contributed through the extension point
 * {@code marswb.engine.checks}, which also declares its id, area, article section (kb), error code, severity and
 * the artifacts it needs. A check reports through {@link CheckContext}: at least one finding per run, UNKNOWN when
 * the evidence it needs is missing. It must not change the model and keeps no state between runs (runs happen in
 * parallel).
 *
 * @since 0.1
 */
public interface Check {

	void run(CheckContext context) throws Exception;
}
