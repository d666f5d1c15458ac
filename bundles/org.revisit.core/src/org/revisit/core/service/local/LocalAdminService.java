package org.revisit.core.service.local;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.revisit.core.internal.Messages;
import org.revisit.core.plan.Planner;
import org.revisit.core.service.AdminService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.model.validation.SafeText;
import org.revisit.store.Backups;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;

/**
 * What the database holds, backups into the data folder's own backups folder, and the team settings, on a
 * store for one user.
 */
final class LocalAdminService extends LocalService implements AdminService {

	/** What may follow {@code placeholder.}: the name a script writes in braces. */
	private static final Pattern PLACEHOLDER = Pattern.compile("[A-Za-z0-9_.-]{1,60}");
	private static final int MAX_VALUE = 1000;
	private static final int MAX_BUDGET = 50;

	LocalAdminService(Store store, Principal principal) {
		super(store, principal);
	}

	@Override
	public Info info() {
		require(Permission.CALL);
		// where the files are is the administrators' business: on a team server, the server machine's folders
		String where = principal.may(Permission.BACKUP) ? store.config().describe() : Messages.Admin_teamDatabase;
		return new Info(where, store.schemaVersion(), store.counts());
	}

	@Override
	public Backup backup() {
		require(Permission.BACKUP);
		Path folder = Backups.backup(store, Backups.folderOf(store),
				LocalDateTime.now(store.clock().withZone(ZoneId.systemDefault())));
		Backup made = Backups.list(folder.getParent()).stream().filter(b -> b.folder().equals(folder))
				.map(LocalAdminService::backup).findFirst()
				.orElseThrow(() -> new IllegalStateException("The backup " + folder + " is not in its folder"));
		Audit.record(store, principal, AuditActions.BACKUP, "Database", 0, made.name() + ", " + made.bytes() + " bytes");
		return new Backup(made.name(), made.bytes(), store.clock().instant(), made.complete());
	}

	@Override
	public List<Backup> backups() {
		require(Permission.BACKUP);
		return Backups.list(Backups.folderOf(store)).stream().map(LocalAdminService::backup).toList();
	}

	private static Backup backup(Backups.Listed b) {
		return new Backup(b.folder().getFileName().toString(), b.bytes(), b.finished(), b.complete());
	}

	@Override
	public String setting(String name) {
		require(Permission.CALL);
		checkName(name);
		return store.settings().setting(name, null);
	}

	@Override
	public void setSetting(String name, String value) {
		require(Permission.SETTINGS);
		checkName(name);
		if (value == null || value.isBlank()) {
			throw invalid(Messages.Admin_valueNeeded, name);
		}
		if (value.length() > MAX_VALUE) {
			throw invalid(Messages.Admin_valueLong, name, MAX_VALUE);
		}
		if (SafeText.forbidden(value) >= 0) {
			throw invalid(Messages.Admin_valueForbidden, name, SafeText.describe(value, SafeText.forbidden(value)));
		}
		String v = value.strip();
		if (name.equals(Planner.WEEKLY_BUDGET)) {
			int budget;
			try {
				budget = Integer.parseInt(v);
			} catch (NumberFormatException e) {
				budget = -1;
			}
			if (budget < 1 || budget > MAX_BUDGET) {
				throw invalid(Messages.Admin_budget, name, MAX_BUDGET, SafeText.echo(v));
			}
			v = Integer.toString(budget);
		} else if (name.equals(Planner.HOLIDAY_CALENDAR) && !store.holidays().names().contains(v)) {
			throw invalid(Messages.Admin_noCalendar, name, SafeText.echo(v));
		}
		String before = store.settings().setting(name, null);
		store.settings().setSetting(name, v);
		Audit.record(store, principal, AuditActions.SETTINGS, "Setting", 0, name + ": " + SafeText.echo(before, 200) + " -> "
				+ SafeText.echo(v, 200));
	}

	/** Only the known settings: the planner's, and the placeholders scripts say about the team. */
	private static void checkName(String name) {
		if (name == null || name.isBlank()) {
			throw invalid(Messages.Admin_noSetting);
		}
		boolean known = name.equals(Planner.WEEKLY_BUDGET) || name.equals(Planner.HOLIDAY_CALENDAR)
				|| name.startsWith(LocalCallService.PLACEHOLDER_SETTING)
						&& PLACEHOLDER.matcher(name.substring(LocalCallService.PLACEHOLDER_SETTING.length())).matches();
		if (!known) {
			throw invalid(Messages.Admin_unknownSetting, SafeText.echo(name), Planner.WEEKLY_BUDGET,
					Planner.HOLIDAY_CALENDAR, LocalCallService.PLACEHOLDER_SETTING);
		}
	}
}
