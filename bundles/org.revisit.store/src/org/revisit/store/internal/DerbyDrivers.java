package org.revisit.store.internal;

import java.sql.Driver;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds Derby's embedded JDBC driver. Inside OSGi, {@code DriverManager} cannot see drivers of other bundles and
 * the {@code derby} bundle exports only its API packages, so the driver class is loaded through the bundle that
 * holds it. Outside OSGi (plain Java) the class path is used.
 * <p>
 * This is also where Derby's page cache is sized, before the first database boots: {@value #PAGE_CACHE_PAGES}
 * pages instead of Derby's 1,000 (4 MB of 4 KB pages), so that the reports of a quarter of a large team's calls
 * are read from memory on their second run rather than from disk each time (docs/benchmarks.md, "Reports"). The
 * tables with long columns (outcomes, recorded values) have 32 KB pages, so the cache can hold at most
 * {@value #PAGE_CACHE_PAGES} x 32 KB; a {@code -Dderby.storage.pageCacheSize=N} given to the JVM wins.
 */
public final class DerbyDrivers {

	private static final String EMBEDDED_BUNDLE = "derby";
	private static final String EMBEDDED_DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";

	/** The size of Derby's page cache, in pages, unless the JVM is given {@value #PAGE_CACHE_PROPERTY}. */
	public static final int PAGE_CACHE_PAGES = 16_000;

	/** Derby's system property of the page cache's size. */
	public static final String PAGE_CACHE_PROPERTY = "derby.storage.pageCacheSize";

	private static volatile Driver embedded;

	private DerbyDrivers() {
	}

	public static Driver embedded() {
		Driver d = embedded;
		if (d == null) {
			if (System.getProperty(PAGE_CACHE_PROPERTY) == null) {
				System.setProperty(PAGE_CACHE_PROPERTY, String.valueOf(PAGE_CACHE_PAGES));
			}
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
