package org.revisit.core.service;

import java.time.Instant;
import java.util.List;

import org.revisit.store.Counts;

/**
 * What the database holds, online backups and team settings. Backups are written on the machine that owns the
 * database, into the backups folder of its data folder ({@link Permission#BACKUP}); a client never gives a path.
 * Restoring is not here: it replaces the database, so it is done offline on the data folder (the server stopped).
 */
public interface AdminService {

	/** Where the data is, its schema version and what it holds (everyone). */
	Info info();

	/**
	 * Backs the database up while it is in use into a new folder of the data folder's backups folder, with a
	 * manifest of its files and checksums ({@link Permission#BACKUP}; audited).
	 */
	Backup backup();

	/** The backups in the data folder's backups folder, oldest first ({@link Permission#BACKUP}). */
	List<Backup> backups();

	/**
	 * A team setting, or {@code null} if it is not set (everyone). The known settings are
	 * {@code placeholder.NAME} (what a script's {@code {NAME}} says about the team), {@code planner.weeklyBudget}
	 * (calls per contact per week) and {@code planner.holidayCalendar} (the calendar the planner uses).
	 *
	 * @throws ServiceException INVALID for any other name
	 */
	String setting(String name);

	/** Sets a known team setting, checking its value ({@link Permission#SETTINGS}; audited). */
	void setSetting(String name, String value);

	/**
	 * Where the data is and what it holds.
	 *
	 * @param database where the database is, for people ({@link Services#describe()} of the machine that owns it);
	 *            only administrators ({@link Permission#BACKUP}) are told its folder, others "the team's database"
	 * @param schemaVersion the version of its tables
	 * @param counts contacts, campaigns, call tasks and open ones
	 */
	record Info(String database, int schemaVersion, Counts counts) {
	}

	/**
	 * A backup.
	 *
	 * @param name the backup's folder in the backups folder ({@code revisit-YYYYMMDD-HHMMSS})
	 * @param bytes the size of its files
	 * @param at when it was finished
	 * @param complete whether it has its manifest (an interrupted backup has none, and a restore refuses it)
	 */
	record Backup(String name, long bytes, Instant at, boolean complete) {
	}
}
