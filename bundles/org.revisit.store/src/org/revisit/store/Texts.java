package org.revisit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one NLS {@code Messages} class (public static String fields, filled from {@code messages.properties}
 * and {@code messages_zh.properties} beside it) in a language other than the one NLS fixed for the JVM: the key of a
 * text, a text by key in English or Chinese, or all fields set to one language (a command line's {@code --lang}).
 * One per Messages class of the store, core, cli and server.
 */
public final class Texts {

	private final Class<?> messages;
	/** The key of each text, by the text's identity (two keys of equal text stay apart); made on first use. */
	private volatile Map<String, String> keys;
	/** The English and the Chinese texts, read once. */
	private final Map<String, Properties> byLanguage = new ConcurrentHashMap<>();

	public Texts(Class<?> messages) {
		this.messages = messages;
	}

	/**
	 * The key of {@code text} if it is one of the class's texts (the very string of a field, not an equal one), or
	 * {@code null}: a message worded from it can then be worded again in another language from its key.
	 */
	public String keyOf(String text) {
		if (text == null) {
			return null;
		}
		Map<String, String> known = keys;
		if (known == null) {
			known = new IdentityHashMap<>();
			for (Field f : fields()) {
				known.put(get(f), f.getName());
			}
			keys = known;
		}
		return known.get(text);
	}

	/** The text of {@code key} in the JVM's language, or {@code null} if the class has no such text. */
	public String text(String key) {
		try {
			Field f = messages.getField(key);
			return f.getType() == String.class && Modifier.isStatic(f.getModifiers()) ? (String) f.get(null) : null;
		} catch (NoSuchFieldException | IllegalAccessException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The text of {@code key} in the language of {@code locale} (Chinese for {@code zh}, English otherwise; English
	 * where the Chinese file lacks it), or {@code null} if the class has no such text.
	 */
	public String text(String key, Locale locale) {
		if (text(key) == null) {
			return null;
		}
		return byLanguage.computeIfAbsent(chinese(locale) ? "zh" : "en", l -> read(l.equals("zh"))).getProperty(key); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Sets every text of the class to the language of {@code locale} (a key missing from the files: the key). */
	public void use(Locale locale) {
		Properties texts = read(chinese(locale));
		for (Field f : fields()) {
			try {
				f.set(null, texts.getProperty(f.getName(), f.getName()));
			} catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	private static boolean chinese(Locale locale) {
		return locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage());
	}

	/** The English file, and the Chinese one over it when asked. */
	private Properties read(boolean chinese) {
		Properties p = read("messages.properties"); //$NON-NLS-1$
		if (chinese) {
			p.putAll(read("messages_zh.properties")); //$NON-NLS-1$
		}
		return p;
	}

	private Properties read(String name) {
		Properties p = new Properties();
		try (InputStream in = messages.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing " + name); //$NON-NLS-1$
			}
			p.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return p;
	}

	private java.util.List<Field> fields() {
		java.util.List<Field> texts = new java.util.ArrayList<>();
		for (Field f : messages.getDeclaredFields()) {
			int m = f.getModifiers();
			if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == String.class) {
				texts.add(f);
			}
		}
		return texts;
	}

	private static String get(Field f) {
		try {
			return (String) f.get(null);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}
}
