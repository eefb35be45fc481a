/**
 * Check plugins for the tests of installing and listing them: a p2 repository written by the test, as a folder or
 * a zip, and plugin bundles to install into the running framework, one of them broken on purpose.
 *
 * @since 0.1
 */
package marswb.tests.support.plugins;
