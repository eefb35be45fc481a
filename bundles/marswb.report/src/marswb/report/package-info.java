/**
 * The findings of one analysis as a document to pass on: a self-contained HTML report, SARIF 2.1.0 and a Markdown
 * summary, made from one {@link marswb.report.Report}; and what other self-contained HTML pages share with the
 * report ({@link marswb.report.HtmlTemplates}, {@link marswb.report.Html}).
 * <p>
 * Contract: kept compatible within a major version; the words and JSON names follow docs/contracts.md.
 *
 * @since 0.1
 */
package marswb.report;
