package org.revisit.ui.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.revisit.core.plan.Check;
import org.revisit.core.plan.Decision;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.Explainer;
import org.revisit.core.plan.Explainer.Explanation;
import org.revisit.core.plan.Explainer.PendingCall;
import org.revisit.core.plan.Planner;
import org.revisit.core.service.Services;

/**
 * Why a contact is (not) in the queue and whether it may be called now, as {@link Explainer} works it out: a
 * headline, then a tree of the gates of the moment, each pending call with its gates, and what the campaigns
 * would plan over the next 30 days (accepted calls with their due time, refused ones with the refusing gate), and a
 * line for each warning (a year of those days without its official holiday arrangement). Times are the agent's
 * (see {@link AgentZone}), with the contact's local time beside them when the zones differ; the gates' own details
 * speak of the contact's local time. Worked out by the planning service in the background; a newer request
 * supersedes one still running.
 */
public final class ExplainPanel {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
	private static final String PASS = "\u2713 "; //$NON-NLS-1$
	private static final String FAIL = "\u2717 "; //$NON-NLS-1$

	/** One line of the tree, worked out in the job; {@code passed} is null for a line without a verdict. */
	public record Node(String text, Boolean passed, List<Node> children) {
		// the same gate line can appear under several calls: the tree needs each line to be itself
		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

		@Override
		public String toString() {
			return (passed == null ? "" : passed ? PASS : FAIL) + text; //$NON-NLS-1$
		}
	}

	private final Services services;
	private final Composite root;
	private final Label headline;
	private final TreeViewer tree;
	private final Background background;
	private Clock clock;
	private volatile boolean busy;
	private Explanation explanation;

	/** @param services where the explanations come from; with {@code null} the panel stays empty */
	public ExplainPanel(Composite parent, Services services) {
		this.services = services;
		this.clock = services == null ? null : services.clock();
		root = new Composite(parent, SWT.NONE);
		background = new Background(root);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(root);
		headline = new Label(root, SWT.WRAP);
		headline.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(headline);
		tree = new TreeViewer(root, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof List<?> l ? l.toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof Node n ? n.children().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof Node n && !n.children().isEmpty();
			}
		});
		tree.setLabelProvider(new Verdicts(parent));
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 80).applyTo(tree.getControl());
	}

	/** Green for a passed gate, red for a failed one. */
	private static final class Verdicts extends LabelProvider implements IColorProvider {
		private final Color green;
		private final Color red;

		Verdicts(Composite parent) {
			green = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
			red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		}

		@Override
		public Color getForeground(Object element) {
			return element instanceof Node n && n.passed() != null ? (n.passed() ? green : red) : null;
		}

		@Override
		public Color getBackground(Object element) {
			return null;
		}
	}

	public Composite getControl() {
		return root;
	}

	/** The moment explained is taken from this clock (the services' clock unless a test sets one). */
	public void setClock(Clock clock) {
		this.clock = clock;
	}

	/** The explanation and its tree lines, worked out in the background. */
	private record Worked(Explanation explanation, List<Node> nodes) {
	}

	/** Works out the explanation of contact {@code contactId} in the background, then shows it. */
	public void explain(long contactId, String name) {
		if (services == null) {
			return;
		}
		busy = true;
		headline.setText(NLS.bind(Messages.Explain_loading, name));
		headline.setForeground(null);
		Instant at = clock.instant();
		ZoneId agentZone = AgentZone.get();
		String agent = services.principal().user();
		background.latest(Messages.Explain_job, () -> {
			Explanation e = services.planning().explain(contactId, at);
			return new Worked(e, e == null ? List.of() : nodes(e, agentZone, agent));
		}, worked -> {
			explanation = worked.explanation();
			show(worked.explanation(), worked.nodes(), worked.explanation() == null ? Messages.Explain_notFound : null);
			busy = false;
		}, ex -> {
			ILog.of(ExplainPanel.class).warn(ex.getMessage(), ex);
			explanation = null;
			show(null, List.of(), Failures.oneLine(ex));
			busy = false;
		});
	}

	private void show(Explanation e, List<Node> nodes, String problem) {
		if (e == null) {
			headline.setText(NLS.bind(Messages.Explain_failed, problem));
			headline.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			tree.setInput(List.of());
		} else {
			boolean callable = e.callableNow();
			List<String> failing = new ArrayList<>();
			e.now().stream().filter(c -> !c.passed()).forEach(c -> {
				String gate = Labels.gate(c.gate());
				if (!failing.contains(gate)) {
					failing.add(gate);
				}
			});
			headline.setText(callable ? Messages.Explain_callable
					: NLS.bind(Messages.Explain_notCallable, String.join(", ", failing))); //$NON-NLS-1$
			headline.setForeground(root.getDisplay().getSystemColor(callable ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
			tree.setInput(nodes);
			tree.expandToLevel(2);
		}
		root.layout(true, true);
	}

	/**
	 * The lines of the tree, in the job (labels and times are worked out off the UI thread), times in
	 * {@code agent}'s zone; the calls {@code user} holds show as theirs.
	 */
	static List<Node> nodes(Explanation e, ZoneId agent, String user) {
		ZoneId contact = e.zone();
		List<Node> top = new ArrayList<>();
		top.add(new Node(NLS.bind(Messages.Explain_now, AgentZone.withContact(e.at(), agent, contact, WHEN)),
				e.callableNow(), checks(e.now())));
		List<Node> pending = new ArrayList<>();
		for (PendingCall p : e.pending()) {
			pending.add(new Node(NLS.bind(Messages.Explain_pendingCall, new Object[] { Labels.callType(p.task().callType()),
					AgentZone.withContact(p.task().dueFrom(), agent, contact, WHEN), Labels.taskState(p.task(), user, e.at()) })
					+ (p.task().promise() ? " \u00b7 " + NLS.bind(p.task().late(e.at()) ? Messages.QueueView_promiseLate //$NON-NLS-1$
							: Messages.QueueView_promised, AgentZone.withContact(p.task().promisedAt(), agent, contact, WHEN)) : ""), //$NON-NLS-1$
					p.callable(), checks(p.checks())));
		}
		top.add(new Node(NLS.bind(Messages.Explain_pending, pending.size()), null, pending));
		List<Node> planned = new ArrayList<>();
		int accepted = 0;
		int already = 0;
		for (Decision d : e.planned()) {
			String type = Labels.callType(d.callTypeId());
			String campaign = Labels.campaign(d.campaign());
			if (d.accepted()) {
				accepted++;
				planned.add(new Node(NLS.bind(Messages.Explain_accepted, new Object[] { type, campaign,
						d.dueFrom() == null ? "" : AgentZone.withContact(d.dueFrom(), agent, contact, WHEN) }), true, checks(d.checks()))); //$NON-NLS-1$
			} else {
				Check refusal = d.refusal();
				String day = d.proposal().at() != null ? AgentZone.withContact(d.proposal().at(), agent, contact, WHEN)
						: String.valueOf(d.proposal().day());
				if (refusal.gate() == Gate.ALREADY_PLANNED) {
					// not a refusal: the call is a task already
					already++;
					planned.add(new Node(NLS.bind(Messages.Explain_alreadyPlanned, new Object[] { type, campaign, day,
							refusal.detail() }), true, checks(d.checks())));
				} else {
					planned.add(new Node(NLS.bind(Messages.Explain_refused, new Object[] { type, campaign, day,
							Labels.gate(refusal.gate()) }), false, checks(d.checks())));
				}
			}
		}
		top.add(new Node(NLS.bind(Messages.Explain_planned, new Object[] { Planner.DEFAULT_DAYS, accepted, already,
				planned.size() - accepted - already }), null, planned));
		// e.g. the next 30 days reach a year without its official holiday arrangement
		e.warnings().forEach(w -> top.add(new Node(w, null, List.of())));
		if (!e.problems().isEmpty()) {
			top.add(new Node(NLS.bind(Messages.Explain_problems, e.problems().size()), false,
					e.problems().stream().map(p -> new Node(p, null, List.of())).toList()));
		}
		return top;
	}

	private static List<Node> checks(List<Check> checks) {
		// a call that is a task already is shown as such, not as a failure
		return checks.stream().map(c -> new Node(NLS.bind(Messages.Explain_gate, Labels.gate(c.gate()), c.detail()),
				c.passed() || c.gate() == Gate.ALREADY_PLANNED, List.<Node>of())).toList();
	}

	/** The explanation shown, or null; for tests. */
	public Explanation getExplanation() {
		return explanation;
	}

	/** Whether an explanation is being worked out; for tests. */
	public boolean isBusy() {
		return busy;
	}

	public String getHeadline() {
		return headline.getText();
	}

	public TreeViewer getTree() {
		return tree;
	}
}
