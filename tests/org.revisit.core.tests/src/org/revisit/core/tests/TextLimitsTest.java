package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.validation.TextLimits;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.ValidationException;

/**
 * The texts of the model are checked against the columns that store them, so that a value too long is refused by
 * the validation with the field named, never by the database with its own message; and control characters other
 * than tabs and line breaks are refused in every text.
 */
class TextLimitsTest {

	@TempDir
	Path dir;

	@Test
	void everyLimitIsTheSizeOfItsColumn() {
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()))) {
			List<String> wrong = new ArrayList<>();
			store.read(c -> {
				for (TextLimits.Limit limit : TextLimits.columns()) {
					String[] tc = limit.column().split("\\.");
					try (ResultSet rs = c.getMetaData().getColumns(null, "APP", tc[0].toUpperCase(Locale.ROOT),
							tc[1].toUpperCase(Locale.ROOT))) {
						if (!rs.next()) {
							wrong.add(limit.column() + " does not exist");
						} else if (rs.getInt("COLUMN_SIZE") != limit.max()) {
							wrong.add(limit.attribute().getEContainingClass().getName() + "." + limit.attribute().getName()
									+ ": " + limit.max() + ", but " + limit.column() + " holds " + rs.getInt("COLUMN_SIZE"));
						}
					}
				}
				return null;
			});
			assertTrue(wrong.isEmpty(), wrong.toString());
		}
	}

	@Test
	void aTextTooLongOrWithControlCharactersIsRefusedNamingTheField() {
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()))) {
			Contact contact = StoreTest.contact("王芳", "女士");
			contact.setAddress("北".repeat(401));
			ValidationException e = assertThrows(ValidationException.class, () -> store.contacts().insert(List.of(contact)));
			assertTrue(e.getMessage().contains("field \"address\" has 401 characters; at most 400 can be stored"),
					e.getMessage());
			assertEquals(0, store.counts().contacts(), "nothing stored");

			contact.setAddress("北京\n海淀区\t中关村");
			store.contacts().insert(List.of(contact));
			Callback cb = RevisitFactory.eINSTANCE.createCallback();
			cb.setContact(contact);
			cb.setDueAt(new java.util.Date(TestClock.NOW.toEpochMilli()));
			cb.setSource(CallbackSource.MANUAL);
			cb.setReason("客户\u0000在开会");
			ValidationException nul = assertThrows(ValidationException.class,
					() -> store.callbacks().insert(List.of(cb)));
			assertTrue(nul.getMessage().contains("field \"reason\" contains the control character U+0000 (character 3)"),
					nul.getMessage());
		}
	}
}
