/**
 * A check as a third party writes it, for the test fragments that declare a ninth area and prove that every
 * command and the workbench show it where they show ours.
 *
 * @since 0.1
 */
package marswb.tests.support.thirdparty;
