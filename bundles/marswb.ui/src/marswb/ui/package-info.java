/**
 * What an area's plugin uses to add a view to the workbench: {@link marswb.ui.AreaView}, the base of a view that
 * shows part of the current bundle's server model, and {@link marswb.ui.AreaViews}, the current bundle and its
 * working copy.
 * <p>
 * Contract: kept compatible within a major version. The rest of the workbench is internal.
 *
 * @since 0.1
 */
package marswb.ui;
