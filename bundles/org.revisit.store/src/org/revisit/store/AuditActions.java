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
	public static final String CLAIM = "CLAIM";
	public static final String RELEASE = "RELEASE";
	public static final String REASSIGN = "REASSIGN";
	public static final String ANSWER = "ANSWER";
	public static final String FINISH = "FINISH";
	public static final String NOT_REACHED = "NOT_REACHED";
	public static final String IMPORT = "IMPORT";
	public static final String EXPORT = "EXPORT";
	public static final String PLAN = "PLAN";
	public static final String BACKUP = "BACKUP";
	public static final String RESTORE = "RESTORE";
	public static final String SETTINGS = "SETTINGS";
	/** A field of a stored record was changed (the entries of the field-change trail). */
	public static final String EDIT = "EDIT";

	private AuditActions() {
	}

	/** Whether {@code action} is a well-formed action name: capital letters, digits and underscores, at most 40. */
	public static boolean valid(String action) {
		return action != null && action.matches("[A-Z][A-Z0-9_]{0,39}");
	}
}
