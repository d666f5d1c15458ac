package org.revisit.store;

/**
 * The names of the actions the audit trail records ({@link AuditRecord#action()}). Other names of capital
 * letters and underscores are accepted too, so a new kind of action needs no schema change.
 */
public final class AuditActions {

	/** A user logged in. */
	public static final String LOGIN = "LOGIN";
	/** A login was refused: unknown user, wrong password, locked or disabled account. */
	public static final String LOGIN_FAILED = "LOGIN_FAILED";
	/** An account was locked after repeated failed logins. */
	public static final String LOCKED = "LOCKED";
	public static final String USER_ADDED = "USER_ADDED";
	public static final String USER_DISABLED = "USER_DISABLED";
	/** An account was enabled again (which also ends a lockout). */
	public static final String USER_ENABLED = "USER_ENABLED";
	public static final String ROLE_CHANGED = "ROLE_CHANGED";
	public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
	/** Logins from one address were refused for a while after too many failed ones (the server's throttle). */
	public static final String THROTTLED = "THROTTLED";
	public static final String CLAIM = "CLAIM";
	public static final String RELEASE = "RELEASE";
	public static final String REASSIGN = "REASSIGN";
	/** A call was opened on a claimed task (its script started). */
	public static final String OPEN = "OPEN";
	/** A call in progress was taken up again (by the same or another agent). */
	public static final String RESUME = "RESUME";
	/** The answers of a call in progress were stored. */
	public static final String ANSWER = "ANSWER";
	/** A call was answered to its end and its outcome stored. */
	public static final String FINISH = "FINISH";
	/** An attempt ended without reaching the contact (no answer, busy, wrong number...). */
	public static final String NOT_REACHED = "NOT_REACHED";
	/** A promised callback was added by hand. */
	public static final String PROMISE = "PROMISE";
	/** A promised callback was replaced by another one. */
	public static final String SUPERSEDE = "SUPERSEDE";
	public static final String IMPORT = "IMPORT";
	public static final String EXPORT = "EXPORT";
	/** Demo contacts were added. */
	public static final String DEMO = "DEMO";
	public static final String PLAN = "PLAN";
	/** Scripts were stored as new versions. */
	public static final String SCRIPT = "SCRIPT";
	/** A holiday calendar was saved. */
	public static final String CALENDAR = "CALENDAR";
	public static final String BACKUP = "BACKUP";
	public static final String RESTORE = "RESTORE";
	/** A team setting was changed. */
	public static final String SETTINGS = "SETTINGS";
	/** A field of a stored record was changed (the entries of the field-change trail). */
	public static final String EDIT = "EDIT";
	/** A campaign was created (its later changes are EDITs, field by field). */
	public static final String CAMPAIGN_CREATED = "CAMPAIGN_CREATED";
	/** A campaign without outcomes was deleted with its calls. */
	public static final String CAMPAIGN_DELETED = "CAMPAIGN_DELETED";
	/** A contact was added by hand (not by an import). */
	public static final String CONTACT_ADDED = "CONTACT_ADDED";
	/** Many contacts were changed at once (an agent assigned, a tag added or removed, do-not-call). */
	public static final String CONTACTS_BULK = "CONTACTS_BULK";
	/** The answer library was stored as a new version (an edit or an import). */
	public static final String ANSWERS = "ANSWERS";

	private AuditActions() {
	}

	/** Whether {@code action} is a well-formed action name: capital letters, digits and underscores, at most 40. */
	public static boolean valid(String action) {
		return action != null && action.matches("[A-Z][A-Z0-9_]{0,39}");
	}
}
