package org.revisit.remote;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.revisit.core.service.Services;

/**
 * The operations that travel: the methods of the service interfaces that the getters of {@link Services} return
 * ({@code queue()} &rarr; {@code QueueService}...), by getter name and method name. Client and server both use it,
 * so neither can reach anything else: the server dispatches only to what is listed here.
 */
public final class ServiceCatalog {

	private static final ServiceCatalog INSTANCE = new ServiceCatalog();

	private final Map<String, Method> getters = new LinkedHashMap<>();
	private final Map<String, Map<String, Method>> operations = new LinkedHashMap<>();
	private final Map<Class<?>, String> names = new LinkedHashMap<>();

	private ServiceCatalog() {
		String servicePackage = Services.class.getPackageName();
		for (Method getter : Services.class.getMethods()) {
			Class<?> type = getter.getReturnType();
			if (getter.getParameterCount() != 0 || !type.isInterface()
					|| !type.getPackageName().equals(servicePackage)) {
				continue;
			}
			Map<String, Method> methods = new LinkedHashMap<>();
			for (Method m : type.getMethods()) {
				if (Modifier.isStatic(m.getModifiers()) || m.isDefault() || m.getDeclaringClass() == Object.class) {
					continue;
				}
				if (methods.put(m.getName(), m) != null) {
					throw new IllegalStateException(type.getSimpleName() + " overloads " + m.getName()
							+ "; the methods of a service interface need names of their own");
				}
			}
			getters.put(getter.getName(), getter);
			operations.put(getter.getName(), Collections.unmodifiableMap(methods));
			names.put(type, getter.getName());
		}
	}

	public static ServiceCatalog get() {
		return INSTANCE;
	}

	/** The getter of {@link Services} named {@code service}, or {@code null}. */
	public Method getter(String service) {
		return getters.get(service);
	}

	/** The method {@code method} of the service {@code service}, or {@code null} if there is none. */
	public Method operation(String service, String method) {
		Map<String, Method> methods = operations.get(service);
		return methods == null ? null : methods.get(method);
	}

	/** The service names (getter names). */
	public Iterable<String> services() {
		return Collections.unmodifiableSet(getters.keySet());
	}

	/** The name of the service whose interface is {@code type}, or {@code null}. */
	public String name(Class<?> type) {
		return names.get(type);
	}
}
