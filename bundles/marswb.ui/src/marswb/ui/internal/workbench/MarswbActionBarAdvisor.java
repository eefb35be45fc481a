package marswb.ui.internal.workbench;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Menus come from plugin.xml (commands and handlers); the menu bar offers the place they go to, and Help > About,
 * the platform's about dialog with the product's text and image. The platform's Reset Perspective action is
 * registered here as the handler of Window > Reset Perspective.
 */
final class MarswbActionBarAdvisor extends ActionBarAdvisor {

	private IAction about;
	private IAction resetPerspective;

	MarswbActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		about = ActionFactory.ABOUT.create(window);
		// the platform's own label has no Chinese translation in the product
		about.setText(NLS.bind(Messages.Help_about, Messages.Window_title));
		register(about);
		// Window > Reset Perspective in plugin.xml runs this action: the command has no handler of its own
		resetPerspective = ActionFactory.RESET_PERSPECTIVE.create(window);
		register(resetPerspective);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		MenuManager help = new MenuManager(Messages.Help_menu, IWorkbenchActionConstants.M_HELP);
		help.add(about);
		menuBar.add(help);
	}
}
