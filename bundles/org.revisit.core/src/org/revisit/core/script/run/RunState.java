package org.revisit.core.script.run;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;

/**
 * The text a {@link ScriptRunner} saves its answers as, so a dropped call can be taken up again; the format is
 * stored in the database, so it does not change without a new header.
 *
 * <pre>
 * revisit-script-run 1 SCRIPT-ID VERSION          header: the script's id (%-encoded) and version
 * STEP TAB ANSWER TAB AT [TAB FIELD=VALUE]...      one line per answer given, oldest first
 * </pre>
 *
 * STEP is the step's number, ANSWER the index of the answer in its step ({@code -1}: the continuation past a step
 * without answers), AT the time of the answer in milliseconds since the epoch (UTC). Each FIELD=VALUE is a field
 * the answer recorded, both sides %-encoded as in a URL (UTF-8); a FIELD that starts with {@code !} is the
 * answer's own value instead: {@code !callbackAt} the agreed callback time (milliseconds), or {@code !name},
 * {@code !title}, {@code !mobile}, {@code !position} of the successor. Empty lines are skipped.
 * <p>
 * {@link #read} refuses any other text with an {@link IllegalArgumentException} whose message names the line and
 * the part that is wrong; whether the answers fit the script is for the runner to check.
 */
final class RunState {

	static final String HEADER = "revisit-script-run 1";
	private static final String VALUE_MARK = "!";
	static final String CALLBACK_AT = "callbackAt";
	static final List<String> SUCCESSOR_PARTS = List.of("name", "title", "mobile", "position");

	/** One answer as saved: the same fields as the runner's own record of it. */
	record Line(int stepNumber, int answerIndex, Map<String, String> values, long at, Instant callbackAt,
			Successor successor) {
	}

	private RunState() {
	}

	/** The header line for one version of a script. */
	static String header(String scriptId, int version) {
		return HEADER + " " + encode(scriptId) + " " + version;
	}

	/** The saved text of {@code lines} for one version of a script. */
	static String write(String scriptId, int version, List<Line> lines) {
		StringBuilder sb = new StringBuilder(header(scriptId, version)).append('\n');
		for (Line m : lines) {
			sb.append(m.stepNumber()).append('\t').append(m.answerIndex()).append('\t').append(m.at());
			m.values().forEach((k, v) -> sb.append('\t').append(encode(k)).append('=').append(encode(v)));
			if (m.callbackAt() != null) {
				sb.append('\t').append(VALUE_MARK).append(CALLBACK_AT).append('=').append(m.callbackAt().toEpochMilli());
			}
			Successor s = m.successor();
			if (s != null) {
				Map<String, String> parts = new LinkedHashMap<>();
				parts.put("name", s.name());
				parts.put("title", s.title());
				parts.put("mobile", s.mobile());
				parts.put("position", s.position());
				parts.forEach((k, v) -> {
					if (v != null) {
						sb.append('\t').append(VALUE_MARK).append(k).append('=').append(encode(v));
					}
				});
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	/**
	 * The answers of a saved text that must belong to the given version of a script.
	 *
	 * @throws IllegalArgumentException naming the line and the part that cannot be read
	 */
	static List<Line> read(String text, String scriptId, int version) {
		if (text == null) {
			throw new IllegalArgumentException(Messages.RunState_none);
		}
		String[] lines = text.split("\n", -1);
		String expected = header(scriptId, version);
		if (!lines[0].equals(expected)) {
			throw new IllegalArgumentException(NLS.bind(Messages.RunState_otherScript, shorten(lines[0]), expected));
		}
		List<Line> result = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].isEmpty()) {
				continue;
			}
			try {
				result.add(line(lines[i]));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.RunState_badAnswer, i, e.getMessage()), e);
			}
		}
		return result;
	}

	private static Line line(String line) {
		String[] parts = line.split("\t", -1);
		if (parts.length < 3) {
			throw new IllegalArgumentException(NLS.bind(Messages.RunState_parts, parts.length));
		}
		int step = whole(parts[0], Messages.RunState_stepNumber);
		int answer = whole(parts[1], Messages.RunState_answerIndex);
		long at = millis(parts[2], Messages.RunState_time);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> extra = new LinkedHashMap<>();
		for (int p = 3; p < parts.length; p++) {
			String part = parts[p];
			int eq = part.indexOf('=');
			if (eq < 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.RunState_notNameValue, shorten(part)));
			}
			// '!' never starts an encoded field name, so it marks the answer's value
			if (part.startsWith(VALUE_MARK)) {
				String name = part.substring(VALUE_MARK.length(), eq);
				if (!name.equals(CALLBACK_AT) && !SUCCESSOR_PARTS.contains(name)) {
					throw new IllegalArgumentException(NLS.bind(Messages.RunState_noSuchValue, shorten(name)));
				}
				if (extra.put(name, decode(part.substring(eq + 1))) != null) {
					throw new IllegalArgumentException(NLS.bind(Messages.RunState_valueTwice, name));
				}
			} else {
				String name = decode(part.substring(0, eq));
				if (name.isEmpty()) {
					throw new IllegalArgumentException(NLS.bind(Messages.RunState_noFieldName, shorten(part)));
				}
				if (values.put(name, decode(part.substring(eq + 1))) != null) {
					throw new IllegalArgumentException(NLS.bind(Messages.RunState_fieldTwice, shorten(name)));
				}
			}
		}
		Instant callbackAt = extra.containsKey(CALLBACK_AT)
				? Instant.ofEpochMilli(millis(extra.get(CALLBACK_AT), Messages.RunState_callbackTime))
				: null;
		Successor who = SUCCESSOR_PARTS.stream().anyMatch(extra::containsKey)
				? new Successor(extra.get("name"), extra.get("title"), extra.get("mobile"), extra.get("position"))
				: null;
		return new Line(step, answer, values, at, callbackAt, who);
	}

	private static int whole(String text, String what) {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.RunState_notWhole, what, shorten(text)));
		}
	}

	private static long millis(String text, String what) {
		try {
			long value = Long.parseLong(text);
			if (value < 0) {
				throw new IllegalArgumentException(NLS.bind(Messages.RunState_before1970, what, value));
			}
			return value;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.RunState_notMillis, what, shorten(text)));
		}
	}

	private static String encode(String s) {
		return java.net.URLEncoder.encode(Objects.requireNonNullElse(s, ""), StandardCharsets.UTF_8);
	}

	private static String decode(String s) {
		try {
			return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + shorten(s) + "' has a broken %-escape");
		}
	}

	/** Text of a saved call in a message: at most 60 characters. */
	private static String shorten(String s) {
		return s.length() <= 60 ? s : s.substring(0, 57) + "...";
	}
}
