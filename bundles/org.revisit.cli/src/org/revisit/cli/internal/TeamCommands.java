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

import org.eclipse.osgi.util.NLS;
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
		return List.of(new Command("claim", Messages.Claim_summary, Messages.Claim_help,
				Set.of("data", "agent", "lease"), Set.of("json", "help"), this::claim),
				new Command("backup", Messages.Backup_summary, Messages.Backup_help,
						Set.of("data"), Set.of("json", "help"), this::backup),
				new Command("backups", Messages.Backups_summary, Messages.Backups_help,
						Set.of("data"), Set.of("json", "help"), this::backups),
				new Command("restore", Messages.Restore_summary, Messages.Restore_help,
						Set.of("data"), Set.of("json", "help", "force"), this::restore),
				new Command("setting", Messages.Setting_summary, Messages.Setting_help,
						Set.of("data"), Set.of("json", "help"), this::setting));
	}

	private int claim(Options options) throws UsageException, FailedException {
		if (options.value("agent") != null) {
			throw new UsageException(NLS.bind(Messages.Claim_noAgent, System.getProperty("user.name"))); //$NON-NLS-1$
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
				out.println(NLS.bind(Messages.Claim_nothingDue, agent));
			} else {
				// the due window is the contact's local time; the lease is the agent's, in this computer's zone
				ZoneId zone = Times.contactZone(t.contactZone());
				out.println(NLS.bind(Messages.Claim_claimed, new Object[] { t.taskId(), t.leaseOwner(), t.contactName(),
						t.contactId(), t.callType(), Times.iso(t.dueFrom(), zone), Times.iso(t.dueTo(), zone), t.priority(),
						Times.local(t.leaseExpiry()) }));
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
			throw new UsageException(NLS.bind(Messages.Backup_noFolder, Backups.FOLDER));
		}
		try (Services services = Cli.services(options)) {
			long started = System.nanoTime();
			AdminService.Backup b = services.admin().backup();
			long millis = (System.nanoTime() - started) / 1_000_000;
			Path folder = services.remote() ? null : backupsFolder(options).resolve(b.name());
			String where = folder != null ? folder.toString() : NLS.bind(Messages.Backup_onServer, Backups.FOLDER, b.name());
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("database", services.describe());
				result.put("name", b.name());
				result.put("backup", folder == null ? null : folder.toString());
				result.put("bytes", b.bytes());
				result.put("millis", millis);
				out.println(Json.write(result));
			} else {
				out.println(NLS.bind(Messages.Backup_done, new Object[] { services.describe(), where, megabytes(b.bytes()),
						millis }));
				out.println(NLS.bind(services.remote() ? Messages.Backup_restoreOnServer : Messages.Backup_restoreWith,
						b.name()));
			}
			return Cli.OK;
		}
	}

	private int backups(Options options) throws UsageException, FailedException {
		if (!options.positional().isEmpty()) {
			throw new UsageException(Messages.Backups_noArguments);
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
				out.println(Messages.Backups_none);
			} else {
				for (AdminService.Backup b : list) {
					out.printf("%-28s %10s  %s%s%n", b.name(), megabytes(b.bytes()), Times.local(b.at()), //$NON-NLS-1$
							b.complete() ? "" : "  " + Messages.Backups_incomplete); //$NON-NLS-1$ //$NON-NLS-2$
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
			throw new UsageException(Messages.Restore_noServer);
		}
		if (options.positional().size() != 1) {
			throw new UsageException(Messages.Restore_whichBackup);
		}
		if (options.value("data") == null) {
			// Restoring replaces a database: the folder is said, never assumed.
			throw new UsageException(Messages.Restore_whichFolder);
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
				out.println(NLS.bind(Messages.Restore_done, new Object[] { Backups.databaseIn(backup), info.database(),
						info.counts().contacts(), info.counts().tasks() }));
				if (aside != null) {
					out.println(NLS.bind(Messages.Restore_movedAside, aside));
				}
			}
			return Cli.OK;
		}
	}

	private int setting(Options options) throws UsageException, FailedException {
		List<String> args = options.positional();
		if (args.isEmpty() || args.size() > 2) {
			throw new UsageException(Messages.Setting_expected);
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
				out.println(name + " = " + (value == null ? Messages.Setting_notSet : Cli.oneLine(value))); //$NON-NLS-1$
			}
			return Cli.OK;
		}
	}
}
