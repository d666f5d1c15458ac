package org.revisit.core.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line tests that talk to a Revisit server: each gets a home folder of its own under {@link #dir}, so the
 * servers it trusts ({@code ~/.revisit/known-servers}) are not the machine's.
 */
abstract class OwnHomeCliTest extends CliTestSupport {

	@TempDir
	Path dir;
	private String home;

	@BeforeEach
	void ownHome() {
		home = System.getProperty("user.home");
		System.setProperty("user.home", dir.resolve("home").toString());
	}

	@AfterEach
	void realHome() {
		System.setProperty("user.home", home);
	}
}
