package org.revisit.ui.views;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.store.CampaignState;
import org.revisit.store.Counts;
import org.revisit.store.TaskRepository.CampaignProgress;
import org.revisit.ui.campaigns.CampaignActions;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Columns;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.Messages;

/** The manager's overview: every campaign with its call type, period and progress. */
public class CampaignsView extends ViewPart {

	public static final String ID = "org.revisit.ui.views.campaigns"; //$NON-NLS-1$

	private static final CampaignProgress NONE = new CampaignProgress(0, 0);

	private TableViewer viewer;
	private Label summary;
	private Map<Long, CampaignProgress> progress = Map.of();
	private Map<Long, CampaignState> states = Map.of();
	private Services services;
	private Background reading;

	/** What the view shows, read together in the background. */
	private record Overview(List<Campaign> campaigns, Map<Long, CampaignProgress> progress, Counts counts,
			Map<Long, CampaignState> states) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).margins(4, 4).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		column(Messages.CampaignsView_colName, 200, Labels::campaign);
		Columns.add(viewer, Campaign.class, Messages.CampaignsView_colCallType, 140, c -> Labels.campaignCallType(c.getCallTypeId()),
				c -> Labels.callTypeImage(c.getCallTypeId()));
		column(Messages.CampaignsView_colPriority, 70, c -> String.valueOf(c.getPriority()));
		column(Messages.CampaignsView_colPeriod, 200, CampaignsView::period);
		column(Messages.CampaignsView_colOpen, 90, c -> String.valueOf(progress.getOrDefault(c.getId(), NONE).open()));
		column(Messages.CampaignsView_colTotal, 90, c -> String.valueOf(progress.getOrDefault(c.getId(), NONE).total()));
		column(org.revisit.ui.campaigns.Messages.Column_state, 90, c -> CampaignActions.stateLabel(states.get(c.getId())));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().setSelectionProvider(viewer);

		reading = new Background(viewer.getControl());
		services = getSite().getService(Services.class);
		if (services == null) {
			summary.setText(NLS.bind(Messages.View_noStore, Services.class.getName()));
			return;
		}
		new CampaignActions(getViewSite(), viewer, services, () -> states, this::refresh).install();
		refresh();
	}

	private static String period(Campaign c) {
		if (c.getActiveFrom() == null) {
			return ""; //$NON-NLS-1$
		}
		return c.getActiveTo() == null ? NLS.bind(Messages.CampaignsView_open, c.getActiveFrom())
				: c.getActiveFrom() + " – " + c.getActiveTo(); //$NON-NLS-1$
	}

	private void column(String title, int width, Function<Campaign, String> text) {
		Columns.add(viewer, Campaign.class, title, width, text);
	}

	/** Reads campaigns, progress and counts in the background, then shows them. */
	public void refresh() {
		if (services == null) {
			return;
		}
		reading.latest(Messages.CampaignsView_loadJob, () -> new Overview(services.campaigns().list(),
				services.campaigns().progress(), services.campaigns().counts(), services.campaigns().states()), o -> {
					progress = o.progress();
					states = o.states();
					viewer.setInput(o.campaigns());
					Counts counts = o.counts();
					summary.setText(NLS.bind(Messages.CampaignsView_summary, new Object[] { Labels.count(counts.campaigns()),
							Labels.count(counts.contacts()), Labels.count(counts.openTasks()), Labels.count(counts.tasks()) }));
				}, e -> summary.setText(e.getMessage()));
	}

	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
