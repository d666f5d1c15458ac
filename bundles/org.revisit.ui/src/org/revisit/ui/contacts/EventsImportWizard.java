package org.revisit.ui.contacts;

import org.revisit.core.service.DataService.ImportKind;

/** File > Import > Service events. */
public final class EventsImportWizard extends ImportWizard {

	public EventsImportWizard() {
		super(ImportKind.EVENTS);
	}
}
