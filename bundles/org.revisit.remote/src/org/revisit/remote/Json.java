package org.revisit.remote;

import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.revisit.model.RevisitPackage;
import org.revisit.remote.internal.EObjectAdapterFactory;
import org.revisit.remote.internal.StrictEnumAdapterFactory;
import org.revisit.remote.internal.ValueAdapters;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.ReflectionAccessFilter;

/**
 * The JSON of the Revisit server and its clients: one {@link Gson} that knows the types the service interfaces
 * use.
 * <ul>
 * <li>{@code java.time} values ({@link Instant}, {@link LocalDate}, {@link LocalTime}, {@link LocalDateTime},
 * {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Duration}, {@link ZoneId}) and {@link Date} as ISO-8601
 * strings ({@code "2026-11-23T01:00:00Z"}, {@code "PT30M"}, {@code "Asia/Shanghai"});</li>
 * <li>{@code byte[]} as base64, {@code char[]} (a password) as a string, {@link Charset} by its name, enums by
 * constant name (an unknown name is an error, not {@code null});</li>
 * <li>records through their canonical constructor (so their checks run), maps keyed by enums or numbers as
 * JSON objects;</li>
 * <li>model objects of {@link RevisitPackage} as {@code {"$type": "Contact", "name": ...}}: attributes and
 * contained objects in full, references to other objects as a stub with the type and id only
 * ({@code {"$type":"Contact","id":42}}); see {@link EObjectAdapterFactory}.</li>
 * </ul>
 * Reflection on other JDK classes is refused, so a type the wire does not know fails loudly when it is first
 * sent instead of leaking a JDK class's internals.
 */
public final class Json {

	private static final Gson GSON = new GsonBuilder()
			.registerTypeAdapterFactory(new StrictEnumAdapterFactory())
			.registerTypeAdapterFactory(new EObjectAdapterFactory(RevisitPackage.eINSTANCE))
			.registerTypeAdapter(Instant.class, ValueAdapters.text(Instant::toString, Instant::parse, "an instant"))
			.registerTypeAdapter(LocalDate.class,
					ValueAdapters.text(LocalDate::toString, LocalDate::parse, "a date (YYYY-MM-DD)"))
			.registerTypeAdapter(LocalTime.class, ValueAdapters.text(LocalTime::toString, LocalTime::parse, "a time"))
			.registerTypeAdapter(LocalDateTime.class,
					ValueAdapters.text(LocalDateTime::toString, LocalDateTime::parse, "a date and time"))
			.registerTypeAdapter(OffsetDateTime.class,
					ValueAdapters.text(OffsetDateTime::toString, OffsetDateTime::parse, "a date and time with offset"))
			.registerTypeAdapter(ZonedDateTime.class,
					ValueAdapters.text(ZonedDateTime::toString, ZonedDateTime::parse, "a date and time with zone"))
			.registerTypeAdapter(Duration.class, ValueAdapters.text(Duration::toString, Duration::parse, "a duration"))
			.registerTypeHierarchyAdapter(ZoneId.class, ValueAdapters.text(ZoneId::getId, ZoneId::of, "a time zone"))
			.registerTypeHierarchyAdapter(Charset.class, ValueAdapters.text(Charset::name, Charset::forName, "a charset"))
			.registerTypeHierarchyAdapter(Date.class,
					ValueAdapters.text(d -> Instant.ofEpochMilli(d.getTime()).toString(),
							s -> new Date(Instant.parse(s).toEpochMilli()), "an instant"))
			.registerTypeAdapter(byte[].class, ValueAdapters.base64())
			.registerTypeAdapter(char[].class, ValueAdapters.text(String::new, String::toCharArray, "text"))
			.enableComplexMapKeySerialization()
			.disableHtmlEscaping()
			.addReflectionAccessFilter(ReflectionAccessFilter.BLOCK_ALL_JAVA)
			.create();

	private Json() {
	}

	/** The configured Gson; thread-safe. */
	public static Gson gson() {
		return GSON;
	}

	/** {@code value} as JSON, written as the (generic) type {@code type}. */
	public static String toJson(Object value, Type type) {
		return GSON.toJson(value, type);
	}

	/**
	 * The value of (generic) type {@code type} that {@code json} holds.
	 *
	 * @throws JsonParseException if it is not valid JSON or does not fit the type; the message says where
	 */
	public static <T> T fromJson(String json, Type type) {
		try {
			return GSON.fromJson(json, type);
		} catch (RuntimeException e) {
			throw refusal(e);
		}
	}

	/** The value of (generic) type {@code type} in the JSON tree {@code json}; see {@link #fromJson(String, Type)}. */
	public static <T> T fromJson(JsonElement json, Type type) {
		try {
			return GSON.fromJson(json, type);
		} catch (RuntimeException e) {
			throw refusal(e);
		}
	}

	/** A record's constructor that refused its values says why, not that Gson failed to invoke it. */
	private static JsonParseException refusal(RuntimeException e) {
		if (e instanceof JsonParseException p) {
			return p;
		}
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		return new JsonParseException(cause.getMessage() != null ? cause.getMessage() : cause.toString(), e);
	}
}
