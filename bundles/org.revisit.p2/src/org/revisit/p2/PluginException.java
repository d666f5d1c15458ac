package org.revisit.p2;

/** A plug-in could not be listed, installed or uninstalled; the message is one line that says why. */
public final class PluginException extends Exception {

	private static final long serialVersionUID = 1L;

	/** The installation cannot be changed by this user; nothing was tried. */
	private final boolean readOnly;

	PluginException(String message) {
		this(message, false);
	}

	PluginException(String message, boolean readOnly) {
		super(message);
		this.readOnly = readOnly;
	}

	/** Whether the installation is read-only for this user (nothing was changed). */
	public boolean readOnly() {
		return readOnly;
	}
}
