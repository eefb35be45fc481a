package marswb.ui.internal.findings;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import marswb.model.diagnosis.Finding;

/** Asks why a finding is acknowledged, until when, and by whom; OK only with a reason, an author and a day to come. */
final class SuppressDialog extends TitleAreaDialog {

	private static final int DEFAULT_DAYS = 30;

	private final Finding finding;
	private final LocalDate today;
	private String reason = "";
	private String author;
	private LocalDate expires;
	private Text reasonText;
	private Text authorText;
	private DateTime expiresDate;

	/** @param today the UTC day now; the expiry proposed is {@link #DEFAULT_DAYS} later */
	SuppressDialog(Shell shell, Finding finding, String author, LocalDate today) {
		super(shell);
		this.finding = finding;
		this.author = author;
		this.today = today;
		this.expires = today.plusDays(DEFAULT_DAYS);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Suppress_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Suppress_heading, FindingColumn.title(finding)
				+ (finding.getSubjectKey() == null ? "" : " [" + finding.getSubjectKey() + "]")));
		setMessage(Messages.Suppress_message);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(2, false));
		new Label(form, SWT.NONE).setText(Messages.Suppress_reason);
		reasonText = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData reasonData = new GridData(SWT.FILL, SWT.FILL, true, true);
		reasonData.heightHint = 60;
		reasonData.widthHint = 360;
		reasonText.setLayoutData(reasonData);
		new Label(form, SWT.NONE).setText(Messages.Suppress_expires);
		expiresDate = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		// DateTime months count from 0
		expiresDate.setDate(expires.getYear(), expires.getMonthValue() - 1, expires.getDayOfMonth());
		new Label(form, SWT.NONE).setText(Messages.Suppress_author);
		authorText = new Text(form, SWT.BORDER);
		authorText.setText(author);
		authorText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		reasonText.addListener(SWT.Modify, event -> validate());
		authorText.addListener(SWT.Modify, event -> validate());
		expiresDate.addListener(SWT.Selection, event -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		if (reasonText == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		reason = reasonText.getText().strip();
		author = authorText.getText().strip();
		expires = LocalDate.of(expiresDate.getYear(), expiresDate.getMonth() + 1, expiresDate.getDay());
		String problem = reason.isEmpty() ? Messages.Suppress_needReason
				: author.isEmpty() ? Messages.Suppress_needAuthor
						: expires.isBefore(today) ? Messages.Suppress_pastDay : null;
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	String reason() {
		return reason;
	}

	String author() {
		return author;
	}

	/** The last day the suppression holds, a UTC day. */
	LocalDate expires() {
		return expires;
	}
}
