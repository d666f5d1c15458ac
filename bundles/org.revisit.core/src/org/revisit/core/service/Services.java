package org.revisit.core.service;

import java.time.Clock;

/**
 * Everything the workbench and the command line do with a team's data, in one place: on an embedded desktop the
 * local implementation runs it in this process on the Derby database of the data folder; started with
 * {@code --server https://HOST:PORT}, the remote implementation sends each operation to the Revisit server, which
 * runs the same local implementation for the logged-in user. Callers cannot tell which; neither needs JDBC.
 *
 * <p>Rules for the service interfaces (the remote implementation depends on them): every method has a name of its
 * own within its interface (no overloading); parameters and results are model objects, records, enums, strings,
 * numbers, {@code java.time} values, {@code byte[]}, {@code char[]} (passwords only, which the services clear once
 * used), and lists and maps of those; {@code null} is allowed where
 * documented. Every operation checks the principal's {@link Permission} first and refuses with
 * {@link ServiceException.Kind#FORBIDDEN} without changing anything.</p>
 *
 * <p>What a client may name (the rule that keeps a team server's machine its own): no parameter is a path, a
 * file, a URL or a database (JDBC URL, Derby attribute): the services work on the one database of the data folder
 * they were opened on. Files travel as their bytes ({@link DataService}); a file name that comes with them only
 * names them in messages and is never opened. Backups are written into the data folder's own backups folder under
 * names the service makes ({@link AdminService#backup()}), and restoring is done offline on the data folder, not
 * through these services. Texts are data: they reach the database only as parameters of prepared statements,
 * each is checked against its column's length ({@link org.revisit.model.validation.TextLimits}) and for control
 * characters before it is stored, and a refusal quotes them escaped and shortened
 * ({@link org.revisit.model.validation.SafeText#echo}).</p>
 */
public interface Services extends AutoCloseable {

	/** Who is logged in. */
	Principal principal();

	/** The clock of this client (the server's clock decides leases and what is due). */
	Clock clock();

	/** Where the data is, for people: "embedded database in /home/x/.revisit/db" or "Revisit server https://...". */
	String describe();

	/** Whether these services talk to a Revisit server. */
	boolean remote();

	QueueService queue();

	CallService calls();

	ContactService contacts();

	CampaignService campaigns();

	PlanningService planning();

	ScriptService scripts();

	CalendarService calendars();

	CallbackService callbacks();

	DataService data();

	UserService users();

	AuditService audit();

	AdminService admin();

	/** The team's results: calling, promised callbacks, satisfaction, supervision, complaints, data quality. */
	ReportService reports();

	/** The answer library: standard replies at hand during calls. */
	AnswerService answers();

	/** Ends the session (and, for the local services, closes the database). */
	@Override
	void close();
}
