package org.revisit.core.service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.model.Role;
import org.revisit.store.StoreException;

/**
 * Why a service refused or failed an operation, the same whether it ran in this process or on the team server.
 * The message is one line for the user; nothing was changed unless the kind says otherwise.
 * <p>
 * A refusal worded from the core's or the store's texts ({@link #refusal}) also keeps its {@link #reason()} (the
 * key of the text) and its {@link #arguments()}: the team server sends them with the message, and a client words
 * the refusal again in its own language ({@link #received}), so a Chinese workbench of an English server reads
 * Chinese. {@link #in(Locale)} words it in any language.
 * </p>
 */
public class ServiceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * An argument that is itself one of the core's texts (a consequence such as "; the answer was not stored")
	 * travels as its key after this mark, and is worded in the client's language too.
	 */
	private static final char TEXT_MARK = '\u0000';

	/** The keys of the store's texts start with this (see {@link StoreException#reason()}). */
	private static final String STORE_KEY = "Store_"; //$NON-NLS-1$

	/** What kind of refusal or failure it is (the server sends it; clients act on it). */
	public enum Kind {
		/** A parameter is not valid; the message names it. */
		INVALID,
		/** The user's role does not allow the operation. */
		FORBIDDEN,
		/** What the operation names does not exist. */
		NOT_FOUND,
		/** Someone else changed or holds it meanwhile (a version check, a claim). */
		CONFLICT,
		/** The operation cannot run now (e.g. a planning run is under way). */
		BUSY,
		/** No valid login: wrong user or password, or the session ended. */
		UNAUTHENTICATED,
		/** The account is locked for a while after repeated failed logins, or disabled. */
		LOCKED,
		/** The server cannot be reached. */
		UNAVAILABLE,
		/** Anything else that went wrong. */
		FAILED
	}

	private final Kind kind;
	private final String reason;
	private final List<String> arguments;

	public ServiceException(Kind kind, String message) {
		this(kind, message, null, List.of(), null);
	}

	public ServiceException(Kind kind, String message, Throwable cause) {
		this(kind, message, null, List.of(), cause);
	}

	private ServiceException(Kind kind, String message, String reason, List<String> arguments, Throwable cause) {
		super(message, cause);
		this.kind = kind == null ? Kind.FAILED : kind;
		this.reason = reason;
		this.arguments = arguments;
	}

	/**
	 * A refusal worded from {@code text}, one of the core's {@code Messages} (the field itself), bound to
	 * {@code args}; its key and arguments are kept to word it again in another language. A text that is not one of
	 * the core's is used as it is, without a reason.
	 */
	public static ServiceException refusal(Kind kind, String text, Object... args) {
		return refusal(kind, null, text, args);
	}

	/** {@link #refusal(Kind, String, Object...)} with its cause. */
	public static ServiceException refusal(Kind kind, Throwable cause, String text, Object... args) {
		String key = Messages.keyOf(text);
		String message = args.length == 0 ? text : NLS.bind(text, args);
		return new ServiceException(kind, message, key, key == null ? List.of() : strings(args), cause);
	}

	/**
	 * A refusal worded from the core's text of key {@code reason} (for bundles that do not see the core's
	 * {@code Messages}, such as the team server's error mapping); an unknown key is a programming error.
	 */
	public static ServiceException byReason(Kind kind, String reason, Object... args) {
		String text = Messages.text(reason);
		if (text == null) {
			throw new IllegalArgumentException("no core text " + reason); //$NON-NLS-1$
		}
		return refusal(kind, text, args);
	}

	/** The store's refusal as the service's, of {@code kind}: the same message, reason and arguments. */
	public static ServiceException of(Kind kind, StoreException e) {
		return new ServiceException(kind, e.getMessage(), e.reason(), e.arguments(), e);
	}

	/**
	 * A refusal as a client receives it from the team server: worded again in the platform's language when the
	 * server sent the reason and this client knows it, else the server's {@code message} as it is.
	 */
	public static ServiceException received(Kind kind, String message, String reason, List<String> arguments) {
		List<String> args = arguments == null ? List.of()
				: arguments.stream().map(a -> a == null ? "null" : a).toList(); //$NON-NLS-1$
		String own = reason == null ? null : word(reason, args, null);
		return new ServiceException(kind, own != null ? own : message, own != null ? reason : null,
				own != null ? args : List.of(), null);
	}

	public Kind kind() {
		return kind;
	}

	/** The key of the text the refusal was worded from (the core's or the store's), or {@code null}. */
	public String reason() {
		return reason;
	}

	/**
	 * The arguments the text was bound to, as shown, but an argument that is itself one of the core's texts, which
	 * is its key ({@link #isText}); empty without a {@link #reason()}.
	 */
	public List<String> arguments() {
		return arguments;
	}

	/** The message in the language of {@code locale} (English or Chinese), or as it is without a reason. */
	public String in(Locale locale) {
		String worded = reason == null ? null : word(reason, arguments, locale == null ? Locale.ENGLISH : locale);
		return worded != null ? worded : getMessage();
	}

	/** The text of {@code key} bound to {@code args} in {@code locale} (the platform's if null), or null. */
	private static String word(String key, List<String> args, Locale locale) {
		Object[] shown = new Object[args.size()];
		for (int i = 0; i < shown.length; i++) {
			String a = args.get(i);
			if (isText(a)) {
				shown[i] = word(a.substring(1), List.of(), locale);
				if (shown[i] == null) {
					return null;
				}
			} else {
				shown[i] = a;
			}
		}
		String text;
		if (key.startsWith(STORE_KEY)) {
			text = StoreException.text(key, locale);
		} else {
			text = locale == null ? Messages.text(key) : Messages.text(key, locale);
		}
		return text == null ? null : shown.length == 0 ? text : NLS.bind(text, shown);
	}

	/** Whether an argument of {@link #arguments()} is one of the core's texts, by its key (not shown as it is). */
	public static boolean isText(String argument) {
		return argument != null && argument.length() > 1 && argument.charAt(0) == TEXT_MARK
				&& argument.chars().skip(1).allMatch(c -> c == '_' || Character.isLetterOrDigit(c) && c < 128);
	}

	private static List<String> strings(Object[] args) {
		return Arrays.stream(args).map(a -> {
			String key = a instanceof String text ? Messages.keyOf(text) : null;
			return key != null ? TEXT_MARK + key : String.valueOf(a);
		}).toList();
	}

	/**
	 * {@code who} may not do what needs {@code needed}. The role names are ours, not data: they travel as texts
	 * (by key) and are worded in the reader's language, as the user's name is shown as it is.
	 */
	public static ServiceException forbidden(Principal who, Permission needed) {
		return refusal(Kind.FORBIDDEN, Messages.Service_forbidden, who.user(), name(who.role()), name(needed.least()));
	}

	/** The name of {@code role}: one of the core's texts, so that an argument holding it is worded again. */
	private static String name(Role role) {
		return switch (role) {
		case AGENT -> Messages.Role_agent;
		case SUPERVISOR -> Messages.Role_supervisor;
		case MANAGER -> Messages.Role_manager;
		case ADMIN -> Messages.Role_admin;
		};
	}
}
