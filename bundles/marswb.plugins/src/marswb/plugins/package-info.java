/**
 * Check plugins of the running product: listing them with the state of their bundles, and installing and
 * uninstalling them from a p2 repository folder or zip through p2's director. Used by {@code marswb plugins} and
 * the workbench's Help &gt; Install Check Plugins...
 */
package marswb.plugins;
