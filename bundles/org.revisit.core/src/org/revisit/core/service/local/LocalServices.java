package org.revisit.core.service.local;

import java.time.Clock;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.AdminService;
import org.revisit.core.service.AuditService;
import org.revisit.core.service.CalendarService;
import org.revisit.core.service.CallService;
import org.revisit.core.service.CallbackService;
import org.revisit.core.service.CampaignService;
import org.revisit.core.service.ContactService;
import org.revisit.core.service.DataService;
import org.revisit.core.service.PlanningService;
import org.revisit.core.service.Principal;
import org.revisit.core.service.QueueService;
import org.revisit.core.service.ReportService;
import org.revisit.core.service.AnswerService;
import org.revisit.core.service.ScriptService;
import org.revisit.core.service.Services;
import org.revisit.core.service.UserService;
import org.revisit.model.Role;
import org.revisit.store.Store;

/**
 * The services on a {@link Store} in this process, for one {@link Principal}: the embedded desktop uses them
 * directly (its user owns the database files and is an administrator), and the Revisit server runs them for each
 * logged-in user ({@link #as(Principal)}). Each operation checks the user's permission first.
 */
public final class LocalServices implements Services {

	private final Store store;
	private final CallTypeRegistry registry;
	private final Principal principal;
	private final boolean owner;

	private final QueueService queue;
	private final ContactService contacts;
	private final CampaignService campaigns;
	private final PlanningService planning;
	private final ScriptService scripts;
	private final CalendarService calendars;
	private final CallbackService callbacks;
	private final CallService calls;
	private final DataService data;
	private final UserService users;
	private final AuditService audit;
	private final AdminService admin;
	private final ReportService reports;
	private final AnswerService answers;

	private LocalServices(Store store, CallTypeRegistry registry, Principal principal, boolean owner) {
		this.store = store;
		this.registry = registry;
		this.principal = principal;
		this.owner = owner;
		queue = new LocalQueueService(store, principal, registry);
		contacts = new LocalContactService(store, principal);
		campaigns = new LocalCampaignService(store, principal, registry);
		planning = new LocalPlanningService(store, principal, registry);
		scripts = new LocalScriptService(store, principal);
		calendars = new LocalCalendarService(store, principal);
		callbacks = new LocalCallbackService(store, principal);
		calls = new LocalCallService(store, registry, principal);
		data = new LocalDataService(store, principal);
		users = new LocalUserService(store, principal);
		audit = new LocalAuditService(store, principal);
		admin = new LocalAdminService(store, principal);
		reports = new LocalReportService(store, principal, registry);
		answers = new LocalAnswerService(store, principal);
	}

	/**
	 * The services on {@code store} for {@code principal}; closing them closes the store.
	 *
	 * @param registry the installed call types (the planner and the call scripts need them)
	 */
	public static LocalServices open(Store store, CallTypeRegistry registry, Principal principal) {
		return new LocalServices(store, registry, principal, true);
	}

	/**
	 * The services of an embedded desktop: the operating-system user, who owns the database files, as an
	 * administrator. Closing them closes the store.
	 */
	public static LocalServices desktop(Store store, CallTypeRegistry registry) {
		return open(store, registry, new Principal(System.getProperty("user.name", "revisit"), null, Role.ADMIN)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The same store for another user (the server's view for one request); closing these leaves the store open. */
	public LocalServices as(Principal other) {
		return new LocalServices(store, registry, other, false);
	}

	/** The store under these services: for the server and the tests, never for the workbench or the command line. */
	public Store store() {
		return store;
	}

	/** The installed call types these services plan with. */
	public CallTypeRegistry registry() {
		return registry;
	}

	@Override
	public Principal principal() {
		return principal;
	}

	@Override
	public Clock clock() {
		return store.clock();
	}

	@Override
	public String describe() {
		return store.config().describe();
	}

	@Override
	public boolean remote() {
		return false;
	}

	@Override
	public QueueService queue() {
		return queue;
	}

	@Override
	public CallService calls() {
		return calls;
	}

	@Override
	public ContactService contacts() {
		return contacts;
	}

	@Override
	public CampaignService campaigns() {
		return campaigns;
	}

	@Override
	public PlanningService planning() {
		return planning;
	}

	@Override
	public ScriptService scripts() {
		return scripts;
	}

	@Override
	public CalendarService calendars() {
		return calendars;
	}

	@Override
	public CallbackService callbacks() {
		return callbacks;
	}

	@Override
	public DataService data() {
		return data;
	}

	@Override
	public UserService users() {
		return users;
	}

	@Override
	public AuditService audit() {
		return audit;
	}

	@Override
	public AdminService admin() {
		return admin;
	}

	@Override
	public ReportService reports() {
		return reports;
	}

	@Override
	public AnswerService answers() {
		return answers;
	}

	@Override
	public void close() {
		if (owner) {
			store.close();
		}
	}
}
