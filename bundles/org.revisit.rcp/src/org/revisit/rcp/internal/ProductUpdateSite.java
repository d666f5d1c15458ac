package org.revisit.rcp.internal;

import java.net.URI;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.revisit.p2.PluginException;
import org.revisit.p2.Plugins;
import org.revisit.ui.internal.Background;

/**
 * Makes p2 know the product's own update site ({@link Plugins#updateSite()}), so that <i>Help &gt; Check for
 * Updates</i> and <i>Install New Software...</i> offer it; in a job, as loading p2 takes a moment.
 */
final class ProductUpdateSite {

	private ProductUpdateSite() {
	}

	static void remember() {
		Optional<URI> site = Plugins.updateSite();
		if (site.isEmpty()) {
			return;
		}
		Background.workbench().logged(Messages.Update_site, () -> {
			try {
				Plugins.ofThisInstallation().remember(site.get(), "Revisit");
			} catch (PluginException | RuntimeException e) {
				// not installed by p2 (a development runtime): nothing to update, nothing to remember
				ILog.of(ProductUpdateSite.class).info("Update site " + site.get() + " not remembered: " + e.getMessage());
			}
		});
	}
}
