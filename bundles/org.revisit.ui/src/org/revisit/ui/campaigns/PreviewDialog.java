package org.revisit.ui.campaigns;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.revisit.core.plan.CampaignPreview;
import org.revisit.core.plan.Gate;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;
import org.revisit.ui.internal.Labels;

/**
 * What planning a campaign would do over the next 30 days, computed by the service in the background without
 * storing anything: a chart of the calls per day, the calls per agent and the refusals per gate; then Activate
 * (for a stored campaign that is not active yet; with {@link #saveBeforeActivating} the previewed campaign, an
 * editor's unsaved state, is saved first).
 */
public final class PreviewDialog extends Dialog {

	private static final int ACTIVATE = IDialogConstants.CLIENT_ID + 1;

	private final Services services;
	private final Campaign campaign;
	private final boolean canActivate;
	private final Runnable activated;
	private Label summary;
	private Chart chart;
	private Table agents;
	private Table gates;
	private CampaignPreview preview;
	private Background background;
	private boolean saveFirst;

	/**
	 * @param canActivate whether to offer Activate (a stored draft or paused campaign)
	 * @param activated run on the UI thread once the campaign was activated, or null
	 */
	public PreviewDialog(Shell shell, Services services, Campaign campaign, boolean canActivate, Runnable activated) {
		super(shell);
		this.services = services;
		this.campaign = campaign;
		this.canActivate = canActivate;
		this.activated = activated;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/**
	 * Makes Activate save the previewed campaign first (an editor's unsaved changes), in the same background job: if
	 * the save is refused (someone else saved meanwhile, or a problem), nothing is activated and the refusal is shown.
	 */
	public void saveBeforeActivating() {
		saveFirst = true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Preview_title, Labels.campaign(campaign)));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		summary = new Label(area, SWT.WRAP);
		summary.setText(Messages.Preview_running);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(summary);
		chart = new Chart(area, SWT.NONE);
		chart.getTitle().setText(Messages.Preview_series);
		chart.getLegend().setVisible(false);
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(760, 300).applyTo(chart);
		agents = table(area, Messages.Preview_perAgent);
		gates = table(area, Messages.Preview_perGate);
		background = new Background(area);
		background.run(Messages.Preview_job, () -> services.campaigns().preview(campaign, 30), this::show,
				e -> summary.setText(e.getMessage()));
		return area;
	}

	private static Table table(Composite parent, String title) {
		Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		t.setHeaderVisible(true);
		TableColumn name = new TableColumn(t, SWT.LEFT);
		name.setText(title);
		name.setWidth(220);
		TableColumn n = new TableColumn(t, SWT.RIGHT);
		n.setWidth(80);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 140).applyTo(t);
		return t;
	}

	private void show(CampaignPreview p) {
		preview = p;
		summary.setText(NLS.bind(Messages.Preview_summary, new Object[] { p.calls(), p.from(), p.proposals(), p.refused() })
				+ (p.problems().isEmpty() ? "" : "\n" + String.join("\n", p.problems()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String[] days = new String[p.callsPerDay().size()];
		double[] calls = new double[days.length];
		int i = 0;
		for (Map.Entry<LocalDate, Integer> e : p.callsPerDay().entrySet()) {
			days[i] = Integer.toString(e.getKey().getDayOfMonth()); // the day of the month: 30 labels must fit
			calls[i++] = e.getValue();
		}
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, Messages.Preview_series);
		bars.setYSeries(calls);
		bars.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.enableCategory(true);
		x.setCategorySeries(days);
		chart.getAxisSet().adjustRange();
		chart.redraw();
		p.callsPerAgent().forEach((agent, n) -> row(agents, agent.isEmpty() ? Messages.Preview_noAgent : agent, n));
		for (Map.Entry<Gate, Integer> e : p.refusedPerGate().entrySet()) {
			row(gates, Labels.gate(e.getKey()), e.getValue());
		}
		summary.getParent().layout(true, true);
	}

	private static void row(Table table, String name, int n) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(new String[] { name, Integer.toString(n) });
	}

	/** The preview shown, or null while it is computed (for tests). */
	public CampaignPreview preview() {
		return preview;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (canActivate) {
			createButton(parent, ACTIVATE, Messages.Preview_activate, false);
		}
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == ACTIVATE) {
			Button button = getButton(ACTIVATE);
			button.setEnabled(false);
			// the answer goes to the window under the dialog, so that it arrives (and the editor or view that opened
			// the dialog learns of it) even when the dialog was closed meanwhile
			Shell under = getParentShell();
			Background after = under == null || under.isDisposed() ? background : new Background(under);
			after.run(Messages.Action_job, () -> {
				if (saveFirst) {
					services.campaigns().update(campaign);
				}
				return services.campaigns().activate(campaign.getId());
			}, c -> {
				if (!summary.isDisposed()) {
					summary.setText(Messages.Preview_activated);
				}
				if (activated != null) {
					activated.run();
				}
			}, e -> {
				String why = Failures.isConflict(e) ? Messages.Editor_conflict : Failures.oneLine(e);
				if (summary.isDisposed()) {
					MessageDialog.openError(under, Messages.Failed_title, why);
					return;
				}
				summary.setText(why);
				summary.getParent().layout(true, true);
				button.setEnabled(true);
			});
		} else if (id == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(id);
		}
	}

	/** The summary line, or what went wrong (for tests). */
	public String summary() {
		return summary.getText();
	}

	/** Presses Activate (for tests). */
	public void activate() {
		buttonPressed(ACTIVATE);
	}
}
