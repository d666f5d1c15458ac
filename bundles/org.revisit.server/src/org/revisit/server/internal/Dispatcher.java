package org.revisit.server.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.Services;
import org.revisit.remote.Json;
import org.revisit.remote.ServiceCatalog;
import org.revisit.server.ServerLog;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Runs {@code POST /api/v1/call/SERVICE/METHOD} on a session's services: only the operations of the
 * {@link ServiceCatalog} are reachable; the arguments are decoded by the method's parameter types, the result
 * encoded by its return type. The services check the user's permissions; this only dispatches.
 */
public final class Dispatcher {

	private final ServiceCatalog catalog = ServiceCatalog.get();
	private final ServerLog log;

	public Dispatcher(ServerLog log) {
		this.log = log;
	}

	public Reply call(Services services, String user, String service, String method, String body) {
		Method operation = catalog.operation(service, method);
		if (operation == null) {
			return Reply.error(Kind.NOT_FOUND, catalog.getter(service) == null ? "There is no service '" + service + "'"
					: "The service '" + service + "' has no operation '" + method + "'");
		}
		String name = service + "." + method;
		Object[] args;
		try {
			args = arguments(operation, name, body);
		} catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
			return Reply.error(Kind.INVALID, e.getMessage());
		}
		Object result;
		try {
			Object target = catalog.getter(service).invoke(services);
			result = operation.invoke(target, args);
		} catch (InvocationTargetException e) {
			Reply refused = Failures.reply(e.getCause(), name + " by " + user, log);
			// 401 tells a client its session ended (it logs in again and repeats the call); a service's own
			// UNAUTHENTICATED (a wrong current password) keeps its kind but must not be repeated
			return refused.status() == 401 ? new Reply(403, refused.json()) : refused;
		} catch (ReflectiveOperationException | RuntimeException e) {
			return Failures.reply(e, name + " by " + user, log);
		}
		try {
			Type type = operation.getGenericReturnType();
			return Reply.ok(type == void.class ? "null" : Json.toJson(result, type));
		} catch (RuntimeException e) {
			return Failures.reply(new IllegalStateException("Cannot send the result of " + name, e),
					name + " by " + user, log);
		}
	}

	private static Object[] arguments(Method operation, String name, String body) {
		JsonElement json = body == null || body.isBlank() ? new JsonArray() : JsonParser.parseString(body);
		Type[] types = operation.getGenericParameterTypes();
		Class<?>[] classes = operation.getParameterTypes();
		if (!json.isJsonArray()) {
			throw new JsonParseException("The arguments of " + name + " are a JSON array");
		}
		JsonArray array = json.getAsJsonArray();
		if (array.size() != types.length) {
			throw new JsonParseException(name + " takes " + types.length + " argument" + (types.length == 1 ? "" : "s")
					+ ", not " + array.size());
		}
		Object[] args = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			String which = "argument " + (i + 1) + " of " + name;
			try {
				args[i] = Json.fromJson(array.get(i), types[i]);
			} catch (RuntimeException e) {
				throw new JsonParseException(which + ": " + e.getMessage(), e);
			}
			if (args[i] == null && classes[i].isPrimitive()) {
				throw new JsonParseException(which + " (" + classes[i] + ") is missing");
			}
		}
		return args;
	}
}
