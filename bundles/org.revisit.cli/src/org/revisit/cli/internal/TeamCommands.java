package org.revisit.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.revisit.cli.internal.Cli.Command;
import org.revisit.core.service.AdminService;
import org.revisit.core.service.Services;
import org.revisit.store.Backups;
import org.revisit.store.TaskClaims.ClaimedTask;

/** Team commands: claiming calls, backups, restore and the team settings. */
final class TeamCommands {

	private final PrintStream out;

	TeamCommands(PrintStream out) {
		this.out = out;
	}

	List<Command> commands() {
		return List.of(new Command("claim", "hands you the next due call task under a lease",
				"Usage: revisit cli claim [--lease MINUTES] [--data DIR | --server URL --user NAME] [--json]\n"
						+ "Claims the next due task (highest priority, then earliest due; tasks whose lease\n"
						+ "expired count as free) for the logged-in user (with --server, --user NAME; on a data\n"
						+ "folder, you, the user of this computer) for MINUTES (default 30, at most 480) and prints\n"
						+ "it, or says that nothing is due (with --json: {\"task\": null}). The due window is printed\n"
						+ "in the contact's zone, the lease in this computer's, both with the offset\n"
						+ "(2026-11-23T09:00+08:00); with --json in UTC, with the contact's zone.\n"
						+ "There is no --agent: nobody claims calls in another's name.",
				Set.of("data", "agent", "lease"), Set.of("json", "help"), this::claim),
				new Command("backup", "online backup of the database into the data folder's backups folder",
						"Usage: revisit cli backup [--data DIR | --server URL --user NAME] [--json]\n"
								+ "Copies the database, while it is in use, into DIR/" + Backups.FOLDER
								+ "/revisit-YYYYMMDD-HHMMSS (named\n"
								+ "...HHMMSS.partial until it is finished) with a manifest of its files and checksums.\n"
								+ "With --server the backup is made on the server's machine, in its data folder's\n"
								+ Backups.FOLDER + " folder (administrators only); copy it elsewhere from there.\n"
								+ "'revisit cli backups' lists them; restore one with\n"
								+ "'revisit cli restore NAME --data DIR' (offline: stop the server or close the workbench).",
						Set.of("data"), Set.of("json", "help"), this::backup),
				new Command("backups", "lists the backups in the data folder's backups folder",
						"Usage: revisit cli backups [--data DIR | --server URL --user NAME] [--json]\n"
								+ "Lists the backups in DIR/" + Backups.FOLDER
								+ " (with --server: the server's), oldest first, with\n"
								+ "their size and whether they are complete (an interrupted backup has no manifest).",
						Set.of("data"), Set.of("json", "help"), this::backups),
				new Command("restore", "restores a backup into a data folder (offline)",
						"Usage: revisit cli restore BACKUP --data DIR [--force] [--json]\n"
								+ "Makes the backup the database of DIR. BACKUP is a backup folder, or the name of one in\n"
								+ "DIR/" + Backups.FOLDER + ". A restore works on the files of a data folder of this\n"
								+ "computer, never through --server: on the server's machine, stop the Revisit server first\n"
								+ "('revisit server stop'; a workbench on the folder must be closed too). An existing\n"
								+ "database there is replaced only with --force, and only if no process is using it. The\n"
								+ "backup must be complete (its files match its manifest) and every table of the restored\n"
								+ "copy must pass Derby's consistency check; otherwise nothing is changed.",
						Set.of("data"), Set.of("json", "help", "force"), this::restore),
				new Command("setting", "shows or sets a team setting (placeholders, weekly budget, calendar)",
						"Usage: revisit cli setting NAME [VALUE] [--data DIR | --server URL --user NAME] [--json]\n"
								+ "Without VALUE prints the setting; with VALUE sets it (administrators only; audited).\n"
								+ "The settings: placeholder.NAME (what a script's {NAME} says about the team, e.g.\n"
								+ "placeholder.company), planner.weeklyBudget (calls per contact per week, 1 to 50) and\n"
								+ "planner.holidayCalendar (an imported holiday calendar the planner uses).",
						Set.of("data"), Set.of("json", "help"), this::setting));
	}

	private int claim(Options options) throws UsageException, FailedException {
		if (options.value("agent") != null) {
			throw new UsageException("claim no longer takes --agent: a call goes to the logged-in user (with --server, "
					+ "--user NAME; on a data folder, you, " + System.getProperty("user.name") + ")");
		}
		int minutes = options.intValue("lease", 30, 1, 8 * 60);
		try (Services services = Cli.services(options)) {
			ClaimedTask t = services.queue().claimNext(minutes);
			String agent = services.principal().user();
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("agent", agent);
				result.put("task", t == null ? null : toJson(t));
				out.println(Json.write(result));
			} else if (t == null) {
				out.println("Nothing is due for " + agent + ".");
			} else {
				// the due window is the contact's local time; the lease is the agent's, in this computer's zone
				ZoneId zone = Times.contactZone(t.contactZone());
				out.println("Task " + t.taskId() + " for " + t.leaseOwner() + ": " + t.contactName() + " (contact "
						+ t.contactId() + "), call type " + t.callType() + ", due " + Times.iso(t.dueFrom(), zone) + " to "
						+ Times.iso(t.dueTo(), zone) + ", priority " + t.priority() + ", lease until "
						+ Times.local(t.leaseExpiry()));
			}
			return Cli.OK;
		}
	}

	private static Map<String, Object> toJson(ClaimedTask t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", t.taskId());
		m.put("contactId", t.contactId());
		m.put("contactName", t.contactName());
		m.put("campaignId", t.campaignId());
		m.put("callType", t.callType());
		m.put("dueFrom", t.dueFrom().toString());
		m.put("dueTo", t.dueTo().toString());
		m.put("timeZone", Times.contactZone(t.contactZone()).getId());
		m.put("priority", t.priority());
		m.put("attempts", t.attempts());
		m.put("leaseOwner", t.leaseOwner());
		m.put("leaseExpiry", t.leaseExpiry().toString());
		return m;
	}

	private int backup(Options options) throws UsageException, FailedException {
		if (!options.positional().isEmpty()) {
			throw new UsageException("backup takes no folder: a backup goes into the data folder's " + Backups.FOLDER
					+ " folder (DIR/" + Backups.FOLDER + "); copy it elsewhere from there");
		}
		try (Services services = Cli.services(options)) {
			long started = System.nanoTime();
			AdminService.Backup b = services.admin().backup();
			long millis = (System.nanoTime() - started) / 1_000_000;
			Path folder = services.remote() ? null : backupsFolder(options).resolve(b.name());
			String where = folder != null ? folder.toString() : "the server's " + Backups.FOLDER + " folder as " + b.name();
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("database", services.describe());
				result.put("name", b.name());
				result.put("backup", folder == null ? null : folder.toString());
				result.put("bytes", b.bytes());
				result.put("millis", millis);
				out.println(Json.write(result));
			} else {
				out.println("Backed up " + services.describe()
						+ " into " + where + " (" + megabytes(b.bytes()) + ") in " + millis + " ms");
				out.println("Restore with: revisit cli restore " + b.name() + " --data DIR"
						+ (services.remote() ? " on the server's machine, with the server stopped" : ""));
			}
			return Cli.OK;
		}
	}

	private int backups(Options options) throws UsageException, FailedException {
		if (!options.positional().isEmpty()) {
			throw new UsageException("backups takes no arguments");
		}
		try (Services services = Cli.services(options)) {
			List<AdminService.Backup> list = services.admin().backups();
			if (options.flag("json")) {
				List<Object> rows = new ArrayList<>();
				for (AdminService.Backup b : list) {
					Map<String, Object> m = new LinkedHashMap<>();
					m.put("name", b.name());
					m.put("bytes", b.bytes());
					m.put("at", b.at().toString());
					m.put("complete", b.complete());
					rows.add(m);
				}
				out.println(Json.write(Map.of("backups", rows)));
			} else if (list.isEmpty()) {
				out.println("No backups yet; 'revisit cli backup' makes one.");
			} else {
				for (AdminService.Backup b : list) {
					out.printf("%-28s %10s  %s%s%n", b.name(), megabytes(b.bytes()), Times.local(b.at()),
							b.complete() ? "" : "  INCOMPLETE (no manifest; a restore refuses it)");
				}
			}
			return Cli.OK;
		}
	}

	private static String megabytes(long bytes) {
		return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private static Path backupsFolder(Options options) {
		return options.dataDirectory().resolve(Backups.FOLDER);
	}

	private int restore(Options options) throws UsageException, FailedException {
		if (options.value("server") != null) {
			throw new UsageException("'restore' works offline on a data folder of this computer (--data DIR), not "
					+ "through --server: stop the server on its machine and restore there");
		}
		if (options.positional().size() != 1) {
			throw new UsageException("say which backup: revisit cli restore BACKUP --data DIR");
		}
		if (options.value("data") == null) {
			// Restoring replaces a database: the folder is said, never assumed.
			throw new UsageException("say which data folder to restore into: --data DIR");
		}
		String given = options.positional().get(0);
		Path backup = Path.of(given);
		Path named = backupsFolder(options).resolve(given);
		if (!given.contains("/") && !given.contains("\\") && !Files.exists(backup) && Files.isDirectory(named)) {
			backup = named;
		}
		Path aside = Backups.restore(backup, options.dataDirectory(), options.flag("force"));
		try (Services services = Cli.services(options)) {
			AdminService.Info info = services.admin().info();
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("backup", Backups.databaseIn(backup).toString());
				result.put("database", info.database());
				result.put("schemaVersion", info.schemaVersion());
				result.put("contacts", info.counts().contacts());
				result.put("tasks", info.counts().tasks());
				result.put("replacedDatabaseMovedTo", aside == null ? null : aside.toString());
				out.println(Json.write(result));
			} else {
				out.println("Restored " + Backups.databaseIn(backup) + " into " + info.database() + ": "
						+ info.counts().contacts() + " contacts, " + info.counts().tasks() + " call tasks");
				if (aside != null) {
					out.println("The database it replaced was moved to " + aside + " (delete it when you no longer need it)");
				}
			}
			return Cli.OK;
		}
	}

	private int setting(Options options) throws UsageException, FailedException {
		List<String> args = options.positional();
		if (args.isEmpty() || args.size() > 2) {
			throw new UsageException("expected 'setting NAME' or 'setting NAME VALUE'");
		}
		String name = args.get(0).strip();
		try (Services services = Cli.services(options)) {
			if (args.size() == 2) {
				services.admin().setSetting(name, args.get(1));
			}
			String value = services.admin().setting(name);
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("name", name);
				result.put("value", value);
				out.println(Json.write(result));
			} else {
				out.println(name + " = " + (value == null ? "(not set)" : Cli.oneLine(value)));
			}
			return Cli.OK;
		}
	}
}
