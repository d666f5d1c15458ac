package org.revisit.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.internal.Messages;

/**
 * A failure of the store, with a message meant for the person who started the action:
 * it names the database or the record involved.
 * <p>
 * A message users read is worded from the store's texts ({@link #StoreException(Throwable, String, Object...)}) in
 * the platform's language; its {@link #reason()} (the text's key, starting with {@code Store_}) and
 * {@link #arguments()} let the services and the team server's clients word it again in another language
 * ({@link #text(String, Locale)}). A message built from a plain string is for developers and the log.
 * </p>
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String reason;
	private final List<String> arguments;

	public StoreException(String message) {
		this(message, (Throwable) null);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
		this.reason = null;
		this.arguments = List.of();
	}

	/**
	 * A message worded from {@code text}, one of the store's {@code Messages} (the field itself), bound to
	 * {@code args}; {@code cause} may be {@code null}.
	 */
	public StoreException(Throwable cause, String text, Object... args) {
		this(Messages.keyOf(text), text, Arrays.stream(args).map(String::valueOf).toList(), cause);
	}

	private StoreException(String key, String text, List<String> shown, Throwable cause) {
		super(shown.isEmpty() ? text : NLS.bind(text, shown.toArray()), cause);
		this.reason = key;
		this.arguments = key == null ? List.of() : shown;
	}

	/** The key of the store's text this message was worded from, or {@code null}. */
	public String reason() {
		return reason;
	}

	/** The arguments of the text, as shown; empty without a {@link #reason()}. */
	public List<String> arguments() {
		return arguments;
	}

	/**
	 * The store's text of {@code key} in the language of {@code locale} (English or Chinese), or in the platform's
	 * language when it is {@code null}; {@code null} if the store has no such text.
	 */
	public static String text(String key, Locale locale) {
		return locale == null ? Messages.text(key) : Messages.text(key, locale);
	}
}
