package org.revisit.ui.contacts;

import org.revisit.core.service.DataService.ImportKind;

/** File > Import > Contacts. */
public final class ContactsImportWizard extends ImportWizard {

	public ContactsImportWizard() {
		super(ImportKind.CONTACTS);
	}
}
