package marswb.ui.internal.plugins;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import marswb.plugins.PluginException;
import marswb.plugins.Plugins;

/**
 * Chooses a p2 repository, a folder or a zip of one as vendors hand them over, and the features of it to install:
 * the features are listed as soon as the repository is chosen, all checked; Install is offered once one is.
 */
public final class InstallPluginsDialog extends TitleAreaDialog {

	private final Plugins plugins;
	private Path repository;
	private List<String> featureIds = List.of();
	private Text location;
	private CheckboxTableViewer features;

	/** @param plugins the installation whose p2 agent reads the repository */
	public InstallPluginsDialog(Shell shell, Plugins plugins) {
		super(shell);
		this.plugins = plugins;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Install_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Install_title);
		setMessage(Messages.Install_chooseRepository);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(4, false));
		new Label(form, SWT.NONE).setText(Messages.Install_repository);
		location = new Text(form, SWT.BORDER | SWT.READ_ONLY);
		GridData locationData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		locationData.widthHint = 360;
		location.setLayoutData(locationData);
		Button folder = new Button(form, SWT.PUSH);
		folder.setText(Messages.Install_folder);
		folder.addListener(SWT.Selection, event -> chooseFolder());
		Button archive = new Button(form, SWT.PUSH);
		archive.setText(Messages.Install_archive);
		archive.addListener(SWT.Selection, event -> chooseArchive());
		Label offered = new Label(form, SWT.NONE);
		offered.setText(Messages.Install_features);
		offered.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		features = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.V_SCROLL);
		GridData featuresData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		featuresData.heightHint = 160;
		features.getTable().setLayoutData(featuresData);
		features.setContentProvider(ArrayContentProvider.getInstance());
		features.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((Plugins.Feature) element);
			}
		});
		features.addCheckStateListener(event -> validate());
		return area;
	}

	/** The text of a feature's row: its name, then its id and version. */
	static String label(Plugins.Feature feature) {
		return (feature.name() == null ? feature.id() : feature.name()) + "  (" + feature.id() + " "
				+ feature.version() + ")";
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Install_install, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void chooseFolder() {
		DirectoryDialog chooser = new DirectoryDialog(getShell());
		chooser.setText(Messages.Install_title);
		chooser.setMessage(Messages.Install_chooseFolder);
		String chosen = chooser.open();
		if (chosen != null) {
			setRepository(Path.of(chosen));
		}
	}

	private void chooseArchive() {
		FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
		chooser.setText(Messages.Install_chooseArchive);
		chooser.setFilterExtensions(new String[] { "*.zip", "*" });
		String chosen = chooser.open();
		if (chosen != null) {
			setRepository(Path.of(chosen));
		}
	}

	/** Reads the repository and lists its features, or says why there are none. */
	public void setRepository(Path chosen) {
		repository = chosen;
		location.setText(chosen.toString());
		Object[] read = new Object[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			try {
				read[0] = plugins.offered(chosen);
			} catch (PluginException e) {
				read[0] = e;
			}
		});
		List<?> offered = read[0] instanceof List<?> list ? list : List.of();
		String problem = read[0] instanceof PluginException e ? e.getMessage()
				: offered.isEmpty() ? NLS.bind(Messages.Install_noFeature, chosen) : null;
		features.setInput(offered);
		features.setAllChecked(true);
		setErrorMessage(problem);
		validate();
	}

	private void validate() {
		Button install = getButton(IDialogConstants.OK_ID);
		if (features == null || install == null) {
			return;
		}
		featureIds = Arrays.stream(features.getCheckedElements()).map(f -> ((Plugins.Feature) f).id()).toList();
		install.setEnabled(!featureIds.isEmpty());
	}

	/** The repository chosen; null before one is. */
	public Path repository() {
		return repository;
	}

	/** The features checked for installing, by id. */
	public List<String> featureIds() {
		return featureIds;
	}
}
