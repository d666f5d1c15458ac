package org.revisit.cli.internal;

import java.util.Iterator;
import java.util.Map;

/** Writes maps, lists, strings, numbers and booleans as one JSON document; enough for the CLI's output. */
public final class Json {

	private Json() {
	}

	public static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value, 0);
		return sb.toString();
	}

	private static void write(StringBuilder sb, Object value, int indent) {
		if (value == null) {
			sb.append("null");
		} else if (value instanceof String s) {
			string(sb, s);
		} else if (value instanceof Number || value instanceof Boolean) {
			sb.append(value);
		} else if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				sb.append("{}");
				return;
			}
			sb.append("{\n");
			Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
			while (it.hasNext()) {
				Map.Entry<?, ?> e = it.next();
				pad(sb, indent + 1);
				string(sb, String.valueOf(e.getKey()));
				sb.append(": ");
				write(sb, e.getValue(), indent + 1);
				sb.append(it.hasNext() ? ",\n" : "\n");
			}
			pad(sb, indent);
			sb.append('}');
		} else if (value instanceof Iterable<?> list) {
			Iterator<?> it = list.iterator();
			if (!it.hasNext()) {
				sb.append("[]");
				return;
			}
			sb.append("[\n");
			while (it.hasNext()) {
				pad(sb, indent + 1);
				write(sb, it.next(), indent + 1);
				sb.append(it.hasNext() ? ",\n" : "\n");
			}
			pad(sb, indent);
			sb.append(']');
		} else {
			string(sb, value.toString());
		}
	}

	private static void pad(StringBuilder sb, int indent) {
		sb.append("  ".repeat(indent));
	}

	private static void string(StringBuilder sb, String s) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			switch (ch) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> {
				if (ch < 0x20) {
					sb.append(String.format("\\u%04x", (int) ch));
				} else {
					sb.append(ch);
				}
			}
			}
		}
		sb.append('"');
	}
}
