package org.revisit.remote.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * Enums by their constant name ({@link Enum#name()}, which for the model's enums is also the literal's name);
 * unlike Gson's own adapter, a name that is not a constant is an error instead of a silent {@code null}.
 */
public final class StrictEnumAdapterFactory implements TypeAdapterFactory {

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
		Class<?> raw = type.getRawType();
		if (!Enum.class.isAssignableFrom(raw) || raw == Enum.class) {
			return null;
		}
		Class<?> enumClass = raw.isEnum() ? raw : raw.getSuperclass(); // a constant with a body is a subclass
		return (TypeAdapter<T>) new EnumAdapter(enumClass).nullSafe();
	}

	private static final class EnumAdapter<E extends Enum<E>> extends TypeAdapter<E> {

		private final Class<E> type;

		EnumAdapter(Class<E> type) {
			this.type = type;
		}

		@Override
		public void write(JsonWriter out, E value) throws IOException {
			out.value(value.name());
		}

		@Override
		public E read(JsonReader in) throws IOException {
			String name = ValueAdapters.string(in, type.getSimpleName());
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(name)) {
					return constant;
				}
			}
			throw new JsonParseException("'" + name + "' is not a " + type.getSimpleName() + " (one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
					+ ") at " + in.getPreviousPath());
		}
	}
}
