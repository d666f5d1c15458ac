package org.revisit.store;

import org.revisit.store.internal.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.revisit.model.CalendarKind;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.HolidayRule;
import org.revisit.model.RevisitFactory;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * Holiday calendars, saved and loaded whole: a calendar is a few dozen rules and dated entries, edited as one
 * document (for instance when the yearly official decree is entered).
 */
public final class HolidayCalendarRepository {

	private final Store store;

	HolidayCalendarRepository(Store store) {
		this.store = store;
	}

	/**
	 * Saves the calendar under its name in one transaction, replacing the rules and entries of a stored calendar of
	 * that name; sets the id and version.
	 */
	public void save(HolidayCalendar calendar) {
		if (calendar.getName() == null || calendar.getName().isBlank()) {
			throw new StoreException(null, Messages.Store_calendarNoName);
		}
		ValidationException.check(calendar);
		long[] idAndVersion = store.inTransaction(c -> {
			long id;
			int version;
			try (PreparedStatement p = c.prepareStatement("SELECT id, version FROM holiday_calendar WHERE name = ?")) {
				p.setString(1, calendar.getName());
				try (ResultSet rs = p.executeQuery()) {
					if (rs.next()) {
						id = rs.getLong(1);
						version = rs.getInt(2) + 1;
					} else {
						id = 0;
						version = 0;
					}
				}
			}
			if (id == 0) {
				id = Ids.reserve(c, "holiday_calendar", 1);
				try (PreparedStatement p = c.prepareStatement(
						"INSERT INTO holiday_calendar (id, name, version) VALUES (?, ?, 0)")) {
					p.setLong(1, id);
					p.setString(2, calendar.getName());
					p.executeUpdate();
				}
			} else {
				for (String sql : List.of("DELETE FROM holiday_rule WHERE calendar_id = ?",
						"DELETE FROM holiday_entry WHERE calendar_id = ?",
						"UPDATE holiday_calendar SET version = version + 1 WHERE id = ?")) {
					try (PreparedStatement p = c.prepareStatement(sql)) {
						p.setLong(1, id);
						p.executeUpdate();
					}
				}
			}
			insertContents(c, id, calendar);
			return new long[] { id, version };
		});
		calendar.setId(idAndVersion[0]);
		calendar.setVersion((int) idAndVersion[1]);
	}

	private static void insertContents(Connection c, long id, HolidayCalendar calendar) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO holiday_rule (calendar_id, seq, name, calendar, "
				+ "rule_month, rule_day, days_off) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			int seq = 0;
			for (HolidayRule rule : calendar.getRules()) {
				p.setLong(1, id);
				p.setInt(2, seq++);
				p.setString(3, rule.getName());
				p.setString(4, rule.getCalendar() == CalendarKind.LUNAR ? "L" : "S");
				p.setInt(5, rule.getMonth());
				p.setInt(6, rule.getDay());
				p.setInt(7, rule.getDaysOff());
				p.addBatch();
			}
			p.executeBatch();
		}
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO holiday_entry (calendar_id, on_day, kind, name) VALUES (?, ?, ?, ?)")) {
			for (HolidayEntry entry : calendar.getEntries()) {
				if (entry.getDate() == null) {
					throw new StoreException(null, Messages.Store_calendarEntryNoDate, calendar.getName(),
							entry.getName());
				}
				p.setLong(1, id);
				Jdbc.setDate(p, 2, entry.getDate());
				p.setString(3, entry.getKind().getName());
				p.setString(4, entry.getName());
				p.addBatch();
			}
			p.executeBatch();
		}
	}

	/** The calendar with this name with its rules and entries (by date), or {@code null}. */
	public HolidayCalendar load(String name) {
		return store.read(c -> {
			RevisitFactory f = RevisitFactory.eINSTANCE;
			HolidayCalendar calendar;
			try (PreparedStatement p = c.prepareStatement("SELECT id, version FROM holiday_calendar WHERE name = ?")) {
				p.setString(1, name);
				try (ResultSet rs = p.executeQuery()) {
					if (!rs.next()) {
						return null;
					}
					calendar = f.createHolidayCalendar();
					calendar.setName(name);
					calendar.setId(rs.getLong(1));
					calendar.setVersion(rs.getInt(2));
				}
			}
			try (PreparedStatement p = c.prepareStatement("SELECT name, calendar, rule_month, rule_day, days_off "
					+ "FROM holiday_rule WHERE calendar_id = ? ORDER BY seq")) {
				p.setLong(1, calendar.getId());
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						HolidayRule rule = f.createHolidayRule();
						rule.setName(rs.getString(1));
						rule.setCalendar("L".equals(rs.getString(2)) ? CalendarKind.LUNAR : CalendarKind.SOLAR);
						rule.setMonth(rs.getInt(3));
						rule.setDay(rs.getInt(4));
						rule.setDaysOff(rs.getInt(5));
						calendar.getRules().add(rule);
					}
				}
			}
			try (PreparedStatement p = c.prepareStatement(
					"SELECT on_day, kind, name FROM holiday_entry WHERE calendar_id = ? ORDER BY on_day")) {
				p.setLong(1, calendar.getId());
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						HolidayEntry entry = f.createHolidayEntry();
						entry.setDate(Jdbc.getDate(rs, 1));
						entry.setKind(HolidayEntryKind.getByName(rs.getString(2)));
						entry.setName(rs.getString(3));
						calendar.getEntries().add(entry);
					}
				}
			}
			return calendar;
		});
	}

	/** The names of the stored calendars, sorted. */
	public List<String> names() {
		return store.read(c -> {
			List<String> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT name FROM holiday_calendar ORDER BY name");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(rs.getString(1));
				}
			}
			return result;
		});
	}
}
