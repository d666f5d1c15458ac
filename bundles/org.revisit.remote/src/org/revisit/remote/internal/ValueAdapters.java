package org.revisit.remote.internal;

import java.io.IOException;
import java.util.Base64;
import java.util.function.Function;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/** Gson adapters for values written as one JSON string. */
public final class ValueAdapters {

	private ValueAdapters() {
	}

	/**
	 * An adapter writing a value as the string {@code writer} makes of it and reading it with {@code reader};
	 * a string {@code reader} refuses is an error naming {@code what} was expected. {@code null} stays null.
	 */
	public static <T> TypeAdapter<T> text(Function<T, String> writer, Function<String, T> reader, String what) {
		return new TypeAdapter<T>() {
			@Override
			public void write(JsonWriter out, T value) throws IOException {
				out.value(writer.apply(value));
			}

			@Override
			public T read(JsonReader in) throws IOException {
				String text = string(in, what);
				try {
					return reader.apply(text);
				} catch (RuntimeException e) {
					throw new JsonParseException("'" + text + "' is not " + what + " at " + in.getPreviousPath(), e);
				}
			}
		}.nullSafe();
	}

	/** {@code byte[]} as standard base64 (RFC 4648). */
	public static TypeAdapter<byte[]> base64() {
		return new TypeAdapter<byte[]>() {
			@Override
			public void write(JsonWriter out, byte[] value) throws IOException {
				out.value(Base64.getEncoder().encodeToString(value));
			}

			@Override
			public byte[] read(JsonReader in) throws IOException {
				String text = string(in, "base64 bytes");
				try {
					return Base64.getDecoder().decode(text);
				} catch (IllegalArgumentException e) {
					throw new JsonParseException("not base64 bytes at " + in.getPreviousPath() + ": " + e.getMessage(), e);
				}
			}
		}.nullSafe();
	}

	static String string(JsonReader in, String what) throws IOException {
		JsonToken token = in.peek();
		if (token != JsonToken.STRING) {
			throw new JsonParseException("expected " + what + " as a string at " + in.getPath() + ", not " + token);
		}
		return in.nextString();
	}
}
