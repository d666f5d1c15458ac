package org.revisit.core.tests;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads the JSON the command line and the server print, for tests: Gson in strict mode (RFC 8259: no comments,
 * no single quotes, no unquoted names, no trailing text), giving plain Java values that tests compare with
 * {@code assertEquals}: objects as insertion-ordered maps, arrays as lists, numbers as {@link Double}, strings,
 * booleans and {@code null}.
 */
final class JsonCheck {

	private static final Gson GSON = new Gson();

	private JsonCheck() {
	}

	/** The value of one JSON document; {@link IllegalArgumentException} if the text is not exactly one. */
	static Object parse(String text) {
		try (JsonReader reader = new JsonReader(new StringReader(text))) {
			reader.setStrictness(Strictness.STRICT);
			JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new IllegalArgumentException("trailing text after the JSON document at " + reader.getPath());
			}
			return plain(element);
		} catch (IOException | RuntimeException e) {
			if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith("trailing")) {
				throw iae;
			}
			throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
		}
	}

	private static Object plain(JsonElement e) {
		if (e.isJsonNull()) {
			return null;
		}
		if (e.isJsonObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			e.getAsJsonObject().entrySet().forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
			return map;
		}
		if (e.isJsonArray()) {
			List<Object> list = new ArrayList<>();
			e.getAsJsonArray().forEach(item -> list.add(plain(item)));
			return list;
		}
		var primitive = e.getAsJsonPrimitive();
		if (primitive.isBoolean()) {
			return primitive.getAsBoolean();
		}
		if (primitive.isNumber()) {
			return primitive.getAsDouble();
		}
		return primitive.getAsString();
	}
}
