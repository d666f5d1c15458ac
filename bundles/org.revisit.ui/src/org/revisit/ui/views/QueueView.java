package org.revisit.ui.views;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.service.Services;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.store.TaskRepository.QueueKey;
import org.revisit.store.TaskRepository.QueueShape;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.CallPreferences;
import org.revisit.ui.internal.Contrast;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.LazyPages;
import org.revisit.ui.internal.Messages;

/**
 * The agent's calls for today, earliest window first and then by priority, with overdue calls from earlier
 * days on top. "Today" and the times shown are the agent's (see {@link AgentZone}), with the contact's local time
 * beside them when the contact lives in another zone. Opening a call (double-click or Enter) claims it under a
 * lease and runs it in the Call view. The queue is read through the services a page at a time in the background
 * (a row says "loading…" until its page arrives) and refreshed every minute, so other agents' claims show up.
 * <p>
 * Its shape (the counts and where each page starts, {@link QueueShape}) takes a pass over the whole queue: about
 * 25 s for the 3,000,000 calls of a day at 10,000,000 contacts. So a refresh keeps the table's length and the
 * pages' starts of the last pass while it reads again (the agent keeps their place), one pass runs at a time (a
 * refresh asked for meanwhile gets one pass after it), and the refresh every minute and after a claim reads the
 * rows on show every time but the shape only when the last pass took at most a tenth of the time since (see
 * {@link #PASS_SHARE}); the Refresh button, a filter, a new zone, a finished call or plan read it at once.
 */
public class QueueView extends ViewPart {

	public static final String ID = "org.revisit.ui.views.queue"; //$NON-NLS-1$

	/** How long an opened call stays the agent's without activity. */
	public static final Duration LEASE = CallSession.LEASE;

	private static final int PAGE_SIZE = 200;
	/**
	 * The automatic refreshes start a pass over the queue only once the time since the last one ended is at least
	 * this many times as long as that pass took: at most a tenth of the time goes to counting.
	 */
	static final int PASS_SHARE = 9;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm"); //$NON-NLS-1$

	/** The logged-in user, whose own calls show in bold. */
	private String agent = ""; //$NON-NLS-1$
	/** The agent's zone, read again on every refresh (the preference may change). */
	private volatile ZoneId zone = AgentZone.get();
	private Runnable stopListening;
	private Services services;
	private LazyPages<QueueItem> rows;
	private Background counting;
	/** Reads the queue's counts and page marks (its shape) beside its first page, one pass at a time. */
	private Background shaping;
	/** The shape on show and what it was read for (the end of the agent's day, the call type); null before. */
	private QueueShape shape;
	private Instant shapeEnd;
	private String shapeType;
	/** The end of the day and the call type of the newest refresh (on the UI thread), which a pass reads for. */
	private Instant wantedEnd;
	private String wantedType;
	/** The day and call type of the first page on show. */
	private Instant firstEnd;
	private String firstType;
	/** Whether a pass over the queue for its shape is under way; whether another was asked for meanwhile. */
	private boolean passing;
	private boolean passAgain;
	/** How long the last pass took and when it ended, by the services' clock (null before the first). */
	private Duration lastPass = Duration.ZERO;
	private Instant lastPassEnded;
	/** When the pass under way started to read (on its job's thread: not while it waited to be run). */
	private volatile Instant passStarted;
	private Background claiming;
	private TableViewer viewer;
	private Label summary;
	private Combo filter;
	private final List<String> filterTypes = new ArrayList<>();
	private String callType;
	private Font bold;
	private Color callbackTint;
	/** Reads the queue again every so often, on the UI thread (a timer: nothing to wait for in a job). */
	private Runnable refresher;
	private Display display;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).margins(4, 4).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		filter = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(filter);
		filter.addListener(SWT.Selection, e -> {
			int i = filter.getSelectionIndex();
			callType = i <= 0 ? null : filterTypes.get(i - 1);
			refresh();
		});

		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		viewer.setUseHashlookup(true);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewer.getControl());
		bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		column(Messages.QueueView_colDue, 250, this::due);
		column(Messages.QueueView_colContact, 130, q -> q.title() == null ? q.contactName() : q.contactName() + " " + q.title()); //$NON-NLS-1$
		column(Messages.QueueView_colCompany, 220, QueueItem::company);
		column(Messages.QueueView_colCallType, 160, q -> Labels.callType(q.callType()), q -> Labels.callTypeImage(q.callType()));
		column(Messages.QueueView_colPriority, 60, q -> String.valueOf(q.priority()));
		column(Messages.QueueView_colAttempts, 70, q -> String.valueOf(q.attempts()));
		column(Messages.QueueView_colState, 150, this::state);
		column(Messages.QueueView_colReason, 200, QueueItem::reason);
		rows = new LazyPages<>(viewer, PAGE_SIZE, Messages.QueueView_loadJob);
		viewer.setContentProvider(rows);
		counting = new Background(viewer.getControl());
		shaping = new Background(viewer.getControl());
		claiming = new Background(viewer.getControl());
		viewer.addOpenListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof QueueItem item) {
				open(item);
			}
		});
		getSite().setSelectionProvider(viewer);
		Action refresh = new Action(Messages.QueueView_refresh) {
			@Override
			public void run() {
				refresh();
			}
		};
		getViewSite().getActionBars().getToolBarManager().add(refresh);

		services = getSite().getService(Services.class);
		if (services == null) {
			summary.setText(NLS.bind(Messages.View_noStore, Services.class.getName()));
			return;
		}
		agent = services.principal().user();
		viewer.setInput(services);
		refresh();
		// read again every so often, and when the agent's time zone changes (the listener may run on any thread)
		display = viewer.getControl().getDisplay();
		refresher = new Runnable() {
			@Override
			public void run() {
				if (!viewer.getControl().isDisposed()) {
					refresh(false);
					display.timerExec((int) CallPreferences.queueRefreshMillis(), this);
				}
			}
		};
		display.timerExec((int) CallPreferences.queueRefreshMillis(), refresher);
		stopListening = AgentZone.onChange(() -> shaping.post(() -> refresh()));
	}

	private void column(String title, int width, Function<QueueItem, String> text) {
		column(title, width, text, q -> null);
	}

	private void column(String title, int width, Function<QueueItem, String> text, Function<QueueItem, Image> image) {
		boolean first = viewer.getTable().getColumnCount() == 0;
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (first && element instanceof LazyPages.Loading loading) {
					return loading.toString();
				}
				String s = element instanceof QueueItem q ? text.apply(q) : null;
				return s == null ? "" : s; //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				return element instanceof QueueItem q ? image.apply(q) : null;
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof QueueItem q ? foreground(q) : null;
			}

			@Override
			public Color getBackground(Object element) {
				return element instanceof QueueItem q ? background(q) : null;
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof QueueItem q && agent.equals(q.leaseOwner()) ? bold : null;
			}
		});
	}

	/**
	 * A promised callback's row is tinted with the theme's selection colour (its icon and call type name say the
	 * same in words); null (the table's own background) if the tint would leave the table's text unreadable.
	 */
	private Color background(QueueItem q) {
		if (!q.promise()) {
			return null;
		}
		Table table = viewer.getTable();
		RGB tint = Contrast.blend(table.getBackground().getRGB(),
				table.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION).getRGB(), 0.2);
		if (callbackTint == null || !callbackTint.getRGB().equals(tint)) {
			callbackTint = new Color(tint);
		}
		return Contrast.readable(table.getForeground(), callbackTint) ? callbackTint : null;
	}

	/**
	 * An overdue call in the theme's error colour (or the system's dark red) where that reads on the row's
	 * background; else in the table's own text colour (the State column says "Overdue" in any case).
	 */
	private Color foreground(QueueItem q) {
		if (!overdue(q)) {
			return null;
		}
		Table table = viewer.getTable();
		Color row = background(q);
		return Contrast.firstReadable(row != null ? row : table.getBackground(),
				JFaceResources.getColorRegistry().get(JFacePreferences.ERROR_COLOR),
				table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
	}

	/** The calling window is over (as the queue service's overdue count counts). */
	private boolean overdue(QueueItem q) {
		return q.dueTo().isBefore(services.clock().instant());
	}

	/** Today's window as times, another day's start with its date; in the agent's zone, the contact's beside. */
	private String due(QueueItem q) {
		ZoneId contact = AgentZone.contactZone(q.contactZone());
		if (q.dueFrom().atZone(zone).toLocalDate().equals(LocalDate.now(services.clock().withZone(zone)))) {
			return AgentZone.window(q.dueFrom(), q.dueTo(), zone, contact, TIME);
		}
		return AgentZone.withContact(q.dueFrom(), zone, contact, DAY_TIME);
	}

	private String state(QueueItem q) {
		if ("CLAIMED".equals(q.state()) && q.leaseExpiry() != null && q.leaseExpiry().isAfter(services.clock().instant())) { //$NON-NLS-1$
			return agent.equals(q.leaseOwner())
					? NLS.bind(Messages.QueueView_mine, q.leaseExpiry().atZone(zone).format(TIME))
					: NLS.bind(Messages.QueueView_held, q.leaseOwner());
		}
		if (q.promise()) {
			String by = q.promisedAt().atZone(zone).format(DAY_TIME);
			return NLS.bind(q.late(services.clock().instant()) ? Messages.QueueView_promiseLate : Messages.QueueView_promised, by);
		}
		return overdue(q) ? Messages.QueueView_overdue : Messages.QueueView_open;
	}

	/**
	 * Reads the first page in the background and shows it; then, also in the background, the queue's shape (the
	 * counts per call type, the overdue ones, and where every page starts), after which the table has all its rows
	 * and any page, the last one too, is read by its key (a keyset page over the queue's index). Until the new shape
	 * arrives the table keeps the last one's rows, if it was read for the same day and call type.
	 */
	public void refresh() {
		refresh(true);
	}

	/**
	 * As {@link #refresh()}; an automatic refresh ({@code asked} false: the timer's, the one after a claim, which
	 * changes no count) reads the shape again only if that is due (see {@link #PASS_SHARE}) or the shape on show is
	 * for another day or call type.
	 */
	private void refresh(boolean asked) {
		if (services == null) {
			return;
		}
		// the agent's day: a queue read in another zone would start and end "today" at the wrong hours
		zone = AgentZone.get();
		LocalDate today = LocalDate.now(services.clock().withZone(zone));
		Instant end = today.plusDays(1).atStartOfDay(zone).toInstant();
		String type = callType;
		wantedEnd = end;
		wantedType = type;
		boolean recount = asked || !current() || passDue();
		counting.latest(Messages.QueueView_loadJob, () -> services.queue().queuePage(end, type, null, PAGE_SIZE),
				first -> {
					firstEnd = end;
					firstType = type;
					if (shape != null && end.equals(shapeEnd) && Objects.equals(type, shapeType)) {
						show(shape, first, end, type); // the last pass's length and page starts until the next one's
					} else {
						showFirst(first, end, type);
					}
				}, e -> summary.setText(e.getMessage()));
		if (recount && (asked || !passing)) { // an automatic refresh during a pass needs no other after it
			pass();
		}
	}

	/** Whether the shape on show is for the newest refresh's day and call type. */
	private boolean current() {
		return shape != null && wantedEnd.equals(shapeEnd) && Objects.equals(wantedType, shapeType);
	}

	/** Whether the time since the last pass ended is {@link #PASS_SHARE} times as long as the pass took, or more. */
	private boolean passDue() {
		return lastPassEnded == null
				|| !services.clock().instant().isBefore(lastPassEnded.plus(lastPass.multipliedBy(PASS_SHARE)));
	}

	/**
	 * Reads the shape for the newest refresh, unless a pass is under way: then one more after it. A pass whose day
	 * and call type are still wanted when it ends is shown, even if a refresh came meanwhile.
	 */
	private void pass() {
		if (passing) {
			passAgain = true;
			return;
		}
		passing = true;
		passAgain = false;
		Instant end = wantedEnd;
		String type = wantedType;
		passStarted = services.clock().instant();
		shaping.run(Messages.QueueView_countJob, () -> {
			passStarted = services.clock().instant();
			return services.queue().queueShape(end, type, PAGE_SIZE);
		}, read -> {
			passed();
			if (end.equals(wantedEnd) && Objects.equals(type, wantedType)) {
				shape = read;
				shapeEnd = end;
				shapeType = type;
				// the first page on show if it is this query's (else it is read again)
				show(read, end.equals(firstEnd) && Objects.equals(type, firstType) ? rows.first() : null, end, type);
			}
			if (passAgain) {
				pass();
			}
		}, e -> {
			passed();
			summary.setText(e.getMessage());
			if (passAgain) {
				pass();
			}
		});
	}

	private void passed() {
		passing = false;
		lastPassEnded = services.clock().instant();
		lastPass = Duration.between(passStarted, lastPassEnded);
	}

	/** Reads page {@code offset / PAGE_SIZE} after its mark (the first page from the start). */
	private LazyPages.Reader<QueueItem> pages(Instant end, String type, List<QueueKey> marks) {
		return (offset, limit) -> {
			int page = (int) (offset / PAGE_SIZE);
			if (page == 0) {
				return services.queue().queuePage(end, type, null, limit);
			}
			return page - 1 < marks.size() ? services.queue().queuePage(end, type, marks.get(page - 1), limit) : List.of();
		};
	}

	/** The first page, before the counts are known: as many rows as it has. */
	private void showFirst(List<QueueItem> first, Instant end, String type) {
		rows.reset(pages(end, type, List.of()), first);
		viewer.setItemCount(first.size());
		viewer.refresh();
	}

	private void show(QueueShape shape, List<QueueItem> first, Instant end, String type) {
		long total = shape.perType().values().stream().mapToLong(Long::longValue).sum();
		List<String> parts = new ArrayList<>();
		filterTypes.clear();
		filter.removeAll();
		filter.add(NLS.bind(Messages.QueueView_allTypes, Labels.count(total)));
		shape.perType().forEach((id, n) -> {
			parts.add(NLS.bind(Messages.QueueView_typeCount, Labels.callType(id), Labels.count(n.longValue())));
			filterTypes.add(id);
			filter.add(NLS.bind(Messages.QueueView_typeCount, Labels.callType(id), Labels.count(n.longValue())));
		});
		filter.select(type == null ? 0 : filterTypes.indexOf(type) + 1);
		summary.setText(NLS.bind(Messages.QueueView_summary,
				new Object[] { Labels.count(total), Labels.count(shape.overdue()), String.join(" · ", parts) })); //$NON-NLS-1$
		rows.reset(pages(end, type, shape.marks()), first);
		viewer.setItemCount((int) Math.min(shape.shown(), Integer.MAX_VALUE));
		viewer.refresh();
	}

	/** Claims the call in the background; tells the agent when someone else has it. */
	private void open(QueueItem item) {
		claiming.run(Messages.QueueView_claimJob, () -> services.queue().claim(item.taskId()), claimed -> {
			if (claimed != null) {
				getViewSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.QueueView_claimed,
						item.contactName(), claimed.leaseExpiry().atZone(zone).format(TIME)));
				showCall(item.taskId());
			} else {
				MessageDialog.openInformation(getSite().getShell(), Messages.QueueView_takenTitle,
						Messages.QueueView_taken);
			}
			refresh(false); // a claimed call stays in the queue: no count changes
		}, e -> MessageDialog.openError(getSite().getShell(), Messages.QueueView_takenTitle, e.getMessage()));
	}

	/** Runs the claimed call in the Call view. */
	private void showCall(long taskId) {
		try {
			CallView call = (CallView) getSite().getPage().showView(CallView.ID);
			call.open(taskId);
		} catch (PartInitException e) {
			ILog.of(QueueView.class).error(e.getMessage(), e);
		}
	}

	/** The table, for tests. */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (refresher != null && !display.isDisposed()) {
			display.timerExec(-1, refresher);
		}
		if (stopListening != null) {
			stopListening.run();
		}
		super.dispose();
	}
}
