/**
 * Tools for the tests of check plugins: a sample bundle copied and changed in one value
 * ({@link marswb.tests.support.SampleVariant}) and one contributed check run as the product runs it
 * ({@link marswb.tests.support.CheckHarness}).
 *
 * @since 0.1
 */
package marswb.tests.support;
