package org.revisit.cli.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The one place of the command line that opens a database: the embedded one of a data folder of this computer,
 * wrapped at once in the local services for the operating-system user (who owns its files). Every command works
 * on the {@link Services} it gets, whether from here or from a Revisit server.
 */
final class EmbeddedData {

	private EmbeddedData() {
	}

	/** The services on the data folder of {@code --data} (default ~/.revisit), at the command's clock. */
	static Services open(Options options) {
		Store store = Store.open(StoreConfig.embedded(options.dataDirectory()).withClock(options.clock()),
				new Store.OpenListener() {
					@Override
					public void recovering(Path database) {
						options.notice(NLS.bind(Messages.Data_recovering, database));
					}

					@Override
					public void upgrading(Path database) {
						options.notice(NLS.bind(Messages.Data_upgrading, database));
					}
				});
		return LocalServices.desktop(store, CallTypeRegistry.read());
	}
}
