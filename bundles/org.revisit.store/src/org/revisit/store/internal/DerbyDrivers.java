package org.revisit.store.internal;

import java.sql.Driver;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds Derby's JDBC drivers. Inside OSGi, {@code DriverManager} cannot see drivers of other bundles and
 * the {@code derby} bundle exports only its API packages, so the driver classes are loaded through the
 * bundles that hold them. Outside OSGi (plain Java) the class path is used.
 */
public final class DerbyDrivers {

	private static final String EMBEDDED_BUNDLE = "derby";
	private static final String EMBEDDED_DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";
	private static final String CLIENT_BUNDLE = "derbyclient";
	private static final String CLIENT_DRIVER = "org.apache.derby.client.ClientAutoloadedDriver";

	private static volatile Driver embedded;
	private static volatile Driver client;

	private DerbyDrivers() {
	}

	public static Driver embedded() {
		Driver d = embedded;
		if (d == null) {
			d = embedded = load(EMBEDDED_BUNDLE, EMBEDDED_DRIVER);
		}
		return d;
	}

	public static Driver client() {
		Driver d = client;
		if (d == null) {
			d = client = load(CLIENT_BUNDLE, CLIENT_DRIVER);
		}
		return d;
	}

	/** Loads a class of the embedded engine (for example the Network Server) the same way as the driver. */
	public static Class<?> loadEngineClass(String className) throws ClassNotFoundException {
		Bundle bundle = findBundle(EMBEDDED_BUNDLE);
		return bundle != null ? bundle.loadClass(className) : Class.forName(className);
	}

	private static Driver load(String bundleName, String className) {
		try {
			Bundle bundle = findBundle(bundleName);
			Class<?> type = bundle != null ? bundle.loadClass(className) : Class.forName(className);
			return (Driver) type.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new IllegalStateException("Cannot load the Derby driver " + className + " from bundle "
					+ bundleName + ": " + e, e);
		}
	}

	private static Bundle findBundle(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(DerbyDrivers.class);
		if (self == null || self.getBundleContext() == null) {
			return null;
		}
		for (Bundle b : self.getBundleContext().getBundles()) {
			if (symbolicName.equals(b.getSymbolicName())) {
				return b;
			}
		}
		return null;
	}
}
