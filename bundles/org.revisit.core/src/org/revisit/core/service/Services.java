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

	/** Ends the session (and, for the local services, closes the database). */
	@Override
	void close();
}
