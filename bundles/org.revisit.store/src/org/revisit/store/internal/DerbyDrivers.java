package org.revisit.store.internal;

import java.sql.Driver;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds Derby's embedded JDBC driver. Inside OSGi, {@code DriverManager} cannot see drivers of other bundles and
 * the {@code derby} bundle exports only its API packages, so the driver class is loaded through the bundle that
 * holds it. Outside OSGi (plain Java) the class path is used.
 */
public final class DerbyDrivers {

	private static final String EMBEDDED_BUNDLE = "derby";
	private static final String EMBEDDED_DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";

	private static volatile Driver embedded;

	private DerbyDrivers() {
	}

	public static Driver embedded() {
		Driver d = embedded;
		if (d == null) {
			d = embedded = load(EMBEDDED_BUNDLE, EMBEDDED_DRIVER);
		}
		return d;
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
