package org.revisit.core.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict JSON reader for tests: parses one document and fails on anything else (trailing text too). */
final class JsonCheck {

	private final String s;
	private int i;

	private JsonCheck(String s) {
		this.s = s;
	}

	static Object parse(String text) {
		JsonCheck p = new JsonCheck(text);
		Object v = p.value();
		p.ws();
		if (p.i != text.length()) {
			throw new IllegalArgumentException("trailing text at " + p.i + ": " + text.substring(p.i));
		}
		return v;
	}

	private void ws() {
		while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
			i++;
		}
	}

	private Object value() {
		ws();
		if (i >= s.length()) {
			throw new IllegalArgumentException("unexpected end");
		}
		char c = s.charAt(i);
		if (c == '{') {
			Map<String, Object> m = new LinkedHashMap<>();
			i++;
			ws();
			if (s.charAt(i) == '}') {
				i++;
				return m;
			}
			while (true) {
				ws();
				String k = string();
				ws();
				expect(':');
				m.put(k, value());
				ws();
				if (s.charAt(i) == ',') {
					i++;
				} else {
					expect('}');
					return m;
				}
			}
		}
		if (c == '[') {
			List<Object> l = new ArrayList<>();
			i++;
			ws();
			if (s.charAt(i) == ']') {
				i++;
				return l;
			}
			while (true) {
				l.add(value());
				ws();
				if (s.charAt(i) == ',') {
					i++;
				} else {
					expect(']');
					return l;
				}
			}
		}
		if (c == '"') {
			return string();
		}
		if (s.startsWith("true", i)) {
			i += 4;
			return Boolean.TRUE;
		}
		if (s.startsWith("false", i)) {
			i += 5;
			return Boolean.FALSE;
		}
		if (s.startsWith("null", i)) {
			i += 4;
			return null;
		}
		int start = i;
		while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
			i++;
		}
		if (start == i) {
			throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
		}
		return Double.valueOf(s.substring(start, i));
	}

	private String string() {
		expect('"');
		StringBuilder sb = new StringBuilder();
		while (s.charAt(i) != '"') {
			char c = s.charAt(i++);
			if (c == '\\') {
				char e = s.charAt(i++);
				switch (e) {
				case 'n' -> sb.append('\n');
				case 't' -> sb.append('\t');
				case 'r' -> sb.append('\r');
				case 'u' -> {
					sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
					i += 4;
				}
				default -> sb.append(e);
				}
			} else if (c < 0x20) {
				throw new IllegalArgumentException("control character in string at " + i);
			} else {
				sb.append(c);
			}
		}
		i++;
		return sb.toString();
	}

	private void expect(char c) {
		if (i >= s.length() || s.charAt(i) != c) {
			throw new IllegalArgumentException("expected '" + c + "' at " + i);
		}
		i++;
	}
}
