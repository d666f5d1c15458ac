package org.revisit.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.revisit.core.service.ServiceException;
import org.revisit.remote.Json;
import org.revisit.remote.Protocol;
import org.revisit.remote.Protocol.ErrorBody;

/** An HTTP answer of the server: status and JSON body. */
public record Reply(int status, String json) {

	public static Reply ok(String json) {
		return new Reply(200, json);
	}

	/** A refusal or failure with its {@link ErrorBody}, sent with the status of its kind. */
	public static Reply error(ServiceException.Kind kind, String message) {
		return error(Protocol.status(kind), kind, message);
	}

	/** A refusal worded from a text of the core or the store: its reason and arguments travel with it. */
	public static Reply error(ServiceException.Kind kind, String message, String reason, List<String> arguments) {
		return new Reply(Protocol.status(kind), Json.toJson(new ErrorBody(kind, message, reason,
				reason == null || arguments.isEmpty() ? null : arguments), ErrorBody.class));
	}

	/** A refusal with a status of its own (405, 413). */
	public static Reply error(int status, ServiceException.Kind kind, String message) {
		return new Reply(status, Json.toJson(new ErrorBody(kind, message), ErrorBody.class));
	}

	public byte[] bytes() {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	/** What keeping this reply for a replay costs, roughly (a Java string of the JSON). */
	long size() {
		return 2L * json.length() + 64;
	}
}
